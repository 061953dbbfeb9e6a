// Diagnoses, conditions, procedures, tests and medications, English and Spanish, written for the guard
// (not mined from any patient text). Specialties are kept apart: "our cardiology department" names a
// service we offer, while "your heart attack" describes a patient.

const CONDITIONS_BASE_EN = [
  'allergic reaction', 'side effects', 'drug withdrawal', 'alcohol withdrawal', 'opioid withdrawal', 'through withdrawal',
  'contractions', 'preterm labor', 'seizures', 'seizure',
  'cancer', 'tumor', 'tumour', 'leukemia', 'lymphoma', 'melanoma', 'carcinoma', 'sarcoma', 'metastasis', 'breast cancer',
  'lung cancer', 'prostate cancer', 'colon cancer', 'diabetes', 'type 1 diabetes', 'type 2 diabetes', 'prediabetes',
  'hypertension', 'high blood pressure', 'low blood pressure', 'high cholesterol', 'heart attack', 'myocardial infarction',
  'heart failure', 'cardiac arrest', 'arrhythmia', 'atrial fibrillation', 'afib', 'a-fib', 'angina', 'stroke',   'aneurysm', 'blood clot', 'dvt', 'deep vein thrombosis', 'pulmonary embolism', 'embolism', 'pe', 'asthma', 'copd',
  'emphysema', 'bronchitis', 'pneumonia', 'covid', 'covid-19', 'coronavirus', 'flu', 'influenza', 'rsv', 'strep throat',
  'strep', 'sepsis', 'septic shock', 'infection', 'uti', 'urinary tract infection', 'kidney infection', 'mrsa',
  'c. diff', 'c diff', 'shingles', 'measles', 'tuberculosis', 'hepatitis', 'hepatitis c', 'hiv', 'std', 'sti',
  'chlamydia', 'gonorrhea', 'syphilis', 'herpes', 'hpv', 'kidney stones', 'kidney stone', 'kidney failure',
  'kidney disease', 'renal failure', 'dialysis', 'liver disease', 'cirrhosis', 'gallstones', 'gallbladder attack',
  'pancreatitis', 'appendicitis', 'diverticulitis', "crohn's", "crohn's disease", 'colitis', 'ulcerative colitis', 'ibs',
  'gerd', 'acid reflux', 'ulcer', 'hernia', 'bowel obstruction', 'concussion', 'fracture', 'broken arm', 'broken leg',
  'broken wrist', 'broken ankle', 'broken hip', 'broken bone', 'sprain', 'torn acl', 'acl tear', 'torn meniscus',
  'rotator cuff tear', 'herniated disc', 'sciatica', 'back pain', 'chest pain', 'abdominal pain', 'migraine',
  'migraines', 'seizure', 'seizures', 'epilepsy', 'dementia', "alzheimer's", 'alzheimers', "parkinson's",   'multiple sclerosis', 'autism', 'adhd', 'depression', 'anxiety', 'panic attack', 'bipolar disorder', 'bipolar',
  'schizophrenia', 'ptsd', 'ocd', 'eating disorder', 'anorexia', 'bulimia', 'suicidal', 'suicide attempt', 'overdose',
  'addiction', 'substance use disorder', 'alcoholism', 'withdrawal', 'detox', 'opioid use disorder', 'psychosis',
  'miscarriage', 'stillbirth', 'ectopic pregnancy', 'preeclampsia', 'gestational diabetes', 'postpartum depression',
  'infertility', 'endometriosis', 'pcos', 'pregnancy', 'pregnant', 'premature birth', 'preemie', 'jaundice',
  'anemia', 'sickle cell', 'hemophilia', 'lupus', 'arthritis', 'rheumatoid arthritis', 'osteoarthritis', 'gout',
  'osteoporosis', 'fibromyalgia', 'thyroid', 'hypothyroidism', 'hyperthyroidism', 'obesity', 'allergic reaction',
  'anaphylaxis', 'allergy', 'rash', 'cellulitis', 'abscess', 'laceration', 'wound infection',
  'bedsore', 'bed sore', 'pressure ulcer', 'fall injury', 'dehydration', 'fever', 'high fever', 'vomiting', 'nausea', 'swelling', 'bruising', 'numbness',
  'diarrhea', 'cataract', 'cataracts', 'glaucoma', 'macular degeneration', 'hearing loss', 'tinnitus', 'ear infection',
  'tonsillitis', 'sinus infection', 'cleft palate', 'down syndrome', 'cerebral palsy', 'spina bifida', 'scoliosis',
  'blood poisoning', 'internal bleeding', 'hemorrhage', 'brain bleed', 'brain injury', 'head injury', 'spinal cord injury', 'tbi', 'coma', 'paralysis',
  'heart murmur', 'heart condition', 'heart disease', 'coronary artery disease', 'blocked artery', 'sleep apnea',
  'insomnia', 'chronic pain', 'neuropathy', 'shortness of breath', 'food poisoning', 'lyme disease',
  'headache', 'headaches', 'cluster headaches', 'vertigo', 'eczema', 'psoriasis', 'acne', 'pink eye', 'high cholesterol',
  'allergies', 'sore throat', 'bronchitis', 'croup', 'rsv', 'hand foot and mouth',
  // Food intolerances and allergies the cafeteria and dietary complaints bring up.
  'celiac', 'celiac disease', 'coeliac', 'gluten intolerance', 'lactose intolerance', 'food allergy', 'food allergies',
  'peanut allergy', 'nut allergy', 'shellfish allergy',
  // A lab value named to someone ("your potassium was a little low") is their result.
  'creatinine', 'potassium', 'hemoglobin', 'platelets', 'platelet count', 'white count', 'white blood cell count', 'inr',
  'kidney function', 'liver enzymes', 'ferritin', 'blood counts', 'fistula', 'av fistula',
  'retained sponge', 'retained object', 'complications', 'complication', 'blood pressure', 'blood sugar', 'blood sugars', 'glucose', 'a1c', 'heart rate', 'oxygen levels', 'cancer-free', 'cancer free', 'terminal illness', 'hospice', 'palliative', 'end of life',
];

const PROCEDURES_BASE_EN = [
  'surgery', 'operation', 'appendectomy', 'cholecystectomy', 'gallbladder removal', 'gallbladder surgery',
  'hysterectomy', 'mastectomy', 'lumpectomy', 'c-section', 'cesarean', 'cesarean section', 'epidural',
  'vasectomy', 'tubal ligation', 'tonsillectomy', 'ear tubes', 'knee replacement', 'hip replacement', 'joint replacement',
  'spinal fusion', 'back surgery', 'heart surgery', 'open heart surgery', 'bypass surgery', 'cabg',
  'angioplasty', 'stent', 'stents', 'pacemaker', 'defibrillator', 'catheterization', 'cardiac cath', 'heart cath', 'cath',
  'ablation', 'valve replacement', 'transplant', 'kidney transplant', 'liver transplant', 'bone marrow transplant',
  'amputation', 'colostomy', 'ostomy', 'hernia repair', 'bariatric surgery', 'gastric bypass', 'gastric sleeve',
  'lap band', 'cataract surgery', 'lasik', 'arthroscopy', 'acl reconstruction', 'carpal tunnel release',
  'biopsy', 'colonoscopy', 'endoscopy', 'upper endoscopy', 'bronchoscopy', 'cystoscopy', 'mammogram', 'mammography',
  'pap smear', 'pap test', 'ultrasound', 'sonogram', 'echocardiogram', 'ekg', 'ecg', 'eeg', 'emg',
  'stress test', 'mri', 'ct scan', 'cat scan', 'pet scan', 'x-ray', 'xray', 'bone scan', 'dexa scan',
  'blood test', 'blood draw', 'iv stick', 'iv line', 'iv placement', 'needle stick', 'blood work', 'bloodwork', 'lab work', 'urinalysis', 'urine test', 'drug test',
  'drug screen', 'pregnancy test', 'covid test', 'strep test', 'flu test', 'biopsy results', 'pathology report',
  'genetic testing', 'amniocentesis', 'lumbar puncture', 'spinal tap', 'chemotherapy', 'chemo', 'radiation',
  'radiation therapy', 'radiotherapy', 'immunotherapy', 'infusion', 'iv fluids', 'blood transfusion',
  'transfusion', 'dialysis', 'intubation', 'ventilator', 'life support', 'cpr', 'resuscitation', 'stitches',
  'sutures', 'splint', 'physical therapy', 'occupational therapy', 'speech therapy',   'rehab', 'rehabilitation', 'anesthesia', 'general anesthesia', 'sedation', 'nerve block', 'injection',
  'steroid injection', 'cortisone shot', 'vaccine', 'vaccination', 'flu shot', 'covid vaccine',   'circumcision', 'd&c', 'abortion', 'ivf', 'egg retrieval', 'embryo transfer', 'iud', 'catheter', 'foley',
  'feeding tube', 'g-tube', 'port placement', 'picc line', 'central line', 'wound care', 'debridement', 'skin graft',
  'tracheostomy', 'electroconvulsive therapy', 'ect', 'detox program', 'psychiatric hold', '5150', 'involuntary hold',
  'port flush', 'sleep study', 'swallow study', 'swallow test', 'hearing test', 'allergy test', 'prenatal care',
  // Dental, cosmetic and specialty-practice work: the replies HHS fined came from such practices.
  'root canal', 'crown', 'crowns', 'filling', 'fillings', 'tooth extraction', 'wisdom teeth', 'dental implant', 'implants',
  'dentures', 'veneers', 'deep cleaning', 'scaling', 'rhinoplasty', 'liposuction', 'breast augmentation', 'tummy tuck',
  'facelift', 'blepharoplasty', 'botox', 'lip filler', 'fillers', 'filler', 'cpap', 'bipap', 'lumbar adjustment',
  'spinal adjustment', 'egg retrieval', 'retrieval', 'embryos', 'pathology', 'biopsy results',
];

const MEDICATIONS_BASE_EN = [
  'beta blocker', 'beta blockers', 'blood thinner', 'blood thinners', 'statin', 'statins', 'diuretic', 'water pill',
  'contrast dye',
  'antibiotics', 'antibiotic', 'amoxicillin', 'penicillin', 'azithromycin', 'z-pack', 'zpack', 'cipro', 'ciprofloxacin',
  'doxycycline', 'keflex', 'cephalexin', 'clindamycin', 'vancomycin', 'bactrim', 'augmentin', 'insulin', 'metformin',
  'ozempic', 'semaglutide', 'mounjaro', 'wegovy', 'trulicity', 'lisinopril', 'amlodipine', 'losartan',
  'metoprolol', 'atorvastatin', 'lipitor', 'simvastatin', 'crestor', 'warfarin', 'coumadin', 'eliquis', 'xarelto',
  'heparin', 'blood thinner', 'blood thinners', 'aspirin', 'plavix', 'nitroglycerin', 'lasix', 'furosemide',
  'prednisone', 'steroids', 'steroid', 'ibuprofen', 'motrin', 'advil', 'tylenol', 'acetaminophen', 'naproxen',
  'toradol', 'morphine', 'dilaudid', 'hydromorphone', 'oxycodone', 'percocet', 'vicodin', 'hydrocodone', 'norco',
  'fentanyl', 'tramadol', 'codeine', 'opioids', 'opioid', 'narcotics', 'pain meds', 'pain medication',
  'pain medicine', 'pain killers', 'painkillers', 'suboxone', 'buprenorphine', 'methadone', 'narcan', 'naloxone',
  'xanax', 'alprazolam', 'ativan', 'lorazepam', 'valium', 'diazepam', 'klonopin', 'ambien', 'zoloft', 'sertraline',
  'prozac', 'fluoxetine', 'lexapro', 'escitalopram', 'wellbutrin', 'cymbalta', 'effexor', 'antidepressant',
  'antidepressants', 'lithium', 'seroquel', 'abilify', 'risperdal', 'haldol', 'adderall', 'ritalin', 'gabapentin',
  'neurontin', 'lyrica', 'keppra', 'depakote', 'lamictal', 'levothyroxine', 'synthroid', 'albuterol', 'inhaler',
  'nebulizer', 'epipen', 'benadryl', 'zofran', 'ondansetron', 'phenergan', 'omeprazole', 'prilosec', 'pepcid',
  'birth control', 'plan b', 'pitocin', 'magnesium sulfate', 'tamoxifen', 'herceptin', 'keytruda', 'humira',
  'methotrexate', 'paxlovid', 'tamiflu', 'oxygen', 'meds', 'new meds', 'new medication', 'new medications', 'sedative', 'sedatives', 'muscle relaxer', 'flexeril',
];

/** Symptoms more often said of a hassle ("sorry about the headache"): the reader's only when the reply says so. */
export const FIGURATIVE_EN = ['headache', 'headaches'];

/** Conditions known by capitals only: "MS" is a disease, "Ms." a title, so these match in capitals alone. */
export const CONDITION_ACRONYMS = ['MS', 'ALS', 'CKD', 'CHF', 'ESRD', 'POTS', 'TIA', 'DKA', 'GERD', 'BPH', 'TDAH', 'TEA', 'EPOC', 'ETS',
  // Tests and treatments known by their capitals: "your CT", "the IV medications", "the TB test read negative".
  'CT', 'CTs', 'PET', 'IV', 'IVs', 'TB', 'CBC', 'CMP', 'BMP', 'PSA', 'NST', 'IUI', 'FET', 'IOP', 'PICC', 'EEG', 'EMG', 'ECG'];

/** Named as a service ("our emergency department", "the oncology team") they describe us, not a patient. */
export const SPECIALTIES_EN = [
  'emergency', 'emergency room', 'emergency department', 'er', 'ed', 'urgent care', 'icu', 'intensive care', 'nicu',
  'picu', 'cardiology', 'oncology', 'cancer center', 'radiology', 'imaging', 'pediatrics', 'pediatric', 'orthopedics',
  'orthopaedics', 'maternity', 'labor and delivery', 'obstetrics', 'gynecology', 'ob/gyn', 'obgyn', 'neurology',
  'neurosurgery', 'surgery', 'surgical', 'behavioral health', 'mental health', 'psychiatry', 'psychiatric',
  'rehabilitation', 'rehab', 'physical therapy', 'dialysis', 'infusion', 'pharmacy', 'laboratory', 'lab', 'primary care',
  'family medicine', 'internal medicine', 'dermatology', 'gastroenterology', 'endocrinology', 'pulmonology', 'urology',
  'nephrology', 'ophthalmology', 'ent', 'hospice', 'palliative', 'palliative care', 'wound care', 'sleep',
  'transplant', 'trauma', 'stroke', 'heart', 'women’s health', "women's health", 'birthing', 'mother-baby', 'postpartum',
  'anesthesia', 'chemotherapy', 'chemo', 'radiation', 'radiation oncology', 'mammography', 'endoscopy', 'bariatric',
  'diabetes', 'cardiac', 'vascular', 'spine', 'joint', 'breast', 'vaccine', 'covid', 'flu', 'telehealth', 'detox',
];

const CLINICAL_BASE_ES = [
  'cáncer', 'tumor', 'leucemia', 'linfoma', 'diabetes', 'hipertensión', 'presión alta', 'presión arterial alta',
  'colesterol alto', 'infarto', 'ataque al corazón', 'ataque cardíaco', 'insuficiencia cardíaca', 'paro cardíaco',
  'arritmia', 'derrame cerebral', 'accidente cerebrovascular', 'embolia', 'coágulo', 'asma', 'epoc', 'neumonía',
  'bronquitis', 'covid', 'gripe', 'influenza', 'infección', 'infección urinaria', 'sepsis', 'septicemia', 'hepatitis',
  'vih', 'sida', 'cálculos renales', 'piedras en el riñón', 'insuficiencia renal', 'diálisis', 'cirrosis',
  'apendicitis', 'pancreatitis', 'úlcera', 'hernia', 'conmoción cerebral', 'fractura', 'hueso roto', 'esguince',
  'migraña', 'convulsiones', 'epilepsia', 'demencia', 'alzheimer', 'parkinson', 'depresión', 'ansiedad',
  'ataque de pánico', 'trastorno bipolar', 'esquizofrenia', 'sobredosis', 'adicción', 'alcoholismo', 'aborto',
  'aborto espontáneo', 'embarazo', 'embarazada', 'preeclampsia', 'diabetes gestacional', 'depresión posparto',
  'anemia', 'lupus', 'artritis', 'tiroides', 'alergia', 'reacción alérgica', 'quemadura', 'fiebre', 'vómito',
  'diarrea', 'deshidratación', 'cataratas', 'glaucoma', 'dolor de pecho', 'dolor abdominal', 'dolor de espalda',
  'cirugía', 'operación', 'apendicectomía', 'histerectomía', 'mastectomía', 'cesárea', 'epidural', 'reemplazo de rodilla',
  'reemplazo de cadera', 'marcapasos', 'cateterismo', 'trasplante', 'amputación', 'biopsia', 'colonoscopía',
  'colonoscopia', 'endoscopía', 'endoscopia', 'mamografía', 'papanicolaou', 'ultrasonido', 'ecografía',
  'electrocardiograma', 'resonancia magnética', 'resonancia', 'tomografía', 'radiografía', 'rayos x', 'análisis de sangre',
  'prueba de embarazo', 'prueba de covid', 'quimioterapia', 'quimio', 'radioterapia', 'transfusión', 'intubación',
  'respirador', 'suturas', 'yeso', 'fisioterapia', 'terapia física', 'anestesia', 'sedación', 'vacuna',
  'inyección', 'antibióticos', 'antibiótico', 'insulina', 'metformina', 'morfina', 'oxicodona', 'fentanilo',
  'analgésicos', 'ibuprofeno', 'paracetamol', 'acetaminofén', 'esteroides', 'anticoagulante', 'antidepresivos',
  'infartos', 'derrames cerebrales', 'derrame', 'traumatismo', 'traumatismos', 'celiaquía', 'celíaco', 'celíaca', 'esclerosis múltiple',
  'herida', 'cuidados de la herida', 'parto', 'parto prematuro', 'bebé prematuro', 'ictericia', 'cuidados paliativos', 'hospicio', 'desintoxicación',
  'corona', 'empaste', 'endodoncia', 'extracción', 'implante', 'implantes', 'dentadura', 'relleno', 'relleno de labios', 'bótox', 'botox', 'retoque',
];

export const SPECIALTIES_ES = [
  'emergencias', 'urgencias', 'sala de emergencias', 'cuidados intensivos', 'uci', 'cardiología', 'oncología',
  'radiología', 'pediatría', 'ortopedia', 'maternidad', 'obstetricia', 'ginecología', 'neurología', 'cirugía',
  'salud mental', 'psiquiatría', 'rehabilitación', 'diálisis', 'farmacia', 'laboratorio', 'atención primaria',
  'medicina familiar', 'quimioterapia', 'radioterapia', 'vacuna', 'covid', 'cuidados paliativos', 'parto',
];

// More everyday conditions, tests, treatments and medicines (1.12.0), written from general clinical knowledge: what
// a family practice, an urgent care, a pharmacy, a dentist, an eye clinic, a chiropractor or a county clinic sees.
const CONDITIONS_MORE_EN = [
  // Burns as an injury; a lone "burn" is left out, since it is also a verb and the name of our burn unit.
  'burns', 'burn injury', 'burn injuries', 'second-degree burn', 'third-degree burn', 'scald', 'scalds',
  'stomach bug', 'stomach flu', 'norovirus', 'mononucleosis', 'whooping cough', 'pertussis', 'chickenpox',
  'chicken pox', 'mumps', 'rubella', 'mpox', 'monkeypox', 'scabies', 'head lice', 'ringworm', 'impetigo', 'staph',
  'staph infection', 'yeast infection', 'bladder infection', 'bacterial infection', 'viral infection', 'respiratory infection',
  'upper respiratory infection', 'bronchiolitis', 'long covid', 'conjunctivitis', 'stye', 'astigmatism',
  'nearsightedness', 'farsightedness', 'myopia', 'lazy eye', 'amblyopia', 'retinal detachment', 'detached retina',
  'diabetic retinopathy', 'dry eye', 'cavity', 'cavities', 'gum disease', 'gingivitis', 'periodontitis',
  'periodontal disease', 'toothache', 'tooth infection', 'abscessed tooth', 'impacted wisdom teeth', 'tmj', 'dry socket',
  'whiplash', 'dislocated shoulder', 'dislocation', 'torn ligament', 'tendonitis', 'tendinitis', 'plantar fasciitis',
  'bursitis', 'carpal tunnel', 'carpal tunnel syndrome', 'pinched nerve', 'slipped disc', 'bulging disc', 'spinal stenosis',
  'degenerative disc disease', 'osteopenia', 'frozen shoulder', 'shin splints', 'stress fracture', 'hairline fracture',
  'compound fracture', 'broken nose', 'broken rib', 'broken ribs', 'broken foot', 'broken finger', 'broken toe',
  'broken collarbone', 'frostbite', 'heat stroke', 'heat exhaustion', 'hypothermia', 'dog bite', 'snake bite', 'bee sting',
  'carbon monoxide poisoning', 'hives', 'anaphylactic shock', 'second-degree burn', 'third-degree burn', 'burn injury',
  'palpitations', 'heart palpitations', 'mini-stroke', 'high blood sugar', 'low blood sugar', 'hypoglycemia',
  'hyperglycemia', 'ketoacidosis', 'diabetic', 'prediabetic', 'asthma attack', 'asthmatic', 'epileptic', 'collapsed lung',
  'pneumothorax', 'blood clots', 'clot', 'ovarian cyst', 'cyst', 'polyp', 'polyps', 'lesion', 'nodule',
  'skin cancer', 'ovarian cancer', 'cervical cancer', 'pancreatic cancer', 'thyroid cancer', 'bladder cancer',
  'kidney cancer', 'brain tumor', 'stage 4', 'stage iv', 'remission', 'metastatic', 'malignancy', 'sickle cell crisis',
  'blood disorder', 'blood infection', 'blood cancer', 'breast lump', 'surgical drain', 'liver function', 'lung function', 'heart function', 'thyroid function', 'hemorrhoids', 'incontinence', 'enlarged prostate', 'erectile dysfunction', 'low testosterone',
  'menopause', 'perimenopause', 'hot flashes', 'fibroids', 'prolapse', 'pelvic floor dysfunction', 'low sperm count',
  'morning sickness', 'hyperemesis', 'placenta previa', 'placental abruption', 'breech', 'high-risk pregnancy',
  'postpartum hemorrhage', 'postpartum psychosis', 'tongue-tie', 'tongue tie', 'colic', 'reflux', 'failure to thrive',
  'febrile seizure', 'developmental delay', 'speech delay', 'dyslexia', 'anxiety attack', 'suicidal thoughts',
  'self-harm', 'self harm', 'nervous breakdown', 'mental breakdown', 'manic episode', 'psychotic episode', 'relapse',
  'substance abuse', 'drug addiction', 'opioid addiction', 'alcohol use disorder', 'withdrawals', 'binge eating',
  'sober', 'sobriety', 'chronic fatigue', 'kidney damage', 'liver damage', 'nerve damage', 'brain damage',
  'high potassium', 'low potassium', 'low iron', 'iron deficiency', 'vitamin deficiency', 'b12 deficiency',
  'bleeding', 'internal injuries', 'blood loss', 'infected', 'sprained', 'fractured', 'concussed', 'cough', 'chronic cough',
];

const PROCEDURES_MORE_EN = [
  // A bypass of the heart or the stomach; a lone "bypass" is also a road, or skipping a line.
  'bypass surgery', 'heart bypass', 'coronary bypass', 'double bypass', 'triple bypass', 'quadruple bypass', 'gastric bypass',
  'iv antibiotics', 'iv medications', 'iv meds', 'iv fluid', 'breathing treatment',
  'nebulizer treatment', 'oxygen therapy', 'cardiac monitoring', 'heart monitor', 'holter monitor', 'event monitor',
  'telemetry', 'cardioversion', 'defib', 'tavr', 'angiogram', 'cardiac catheterization', 'stress echo', 'cardiac echo',
  'fetal echo', 'blood panel', 'metabolic panel', 'lipid panel', 'cbc', 'thyroid panel', 'cholesterol test',
  'glucose test', 'glucose tolerance test', 'non-stress test', 'biophysical profile', 'anatomy scan', 'nuchal scan',
  'dating scan', 'pulmonary function test', 'spirometry', 'skin check', 'mole check', 'skin biopsy', 'mole removal',
  'hpv test', 'std test', 'sti test', 'hiv test', 'std testing', 'sti testing', 'tb test', 'tb skin test', 'ppd',
  'titer', 'titers', 'vision test', 'vision screening', 'eye exam', 'dilated eye exam', 'hearing screening',
  'newborn screening', 'sports physical', 'annual physical', 'dot physical', 'bone density', 'bone density scan',
  'cologuard', 'psa test', 'prostate exam', 'breast exam', 'pelvic exam', 'rectal exam', 'nerve conduction study',
  'allergy testing', 'patch test', 'urine culture', 'blood culture', 'throat culture', 'rapid strep', 'rapid test',
  'pcr test', 'covid swab', 'nasal swab', 'drug screening',
  'immunization', 'immunizations', 'immunization record', 'shot record', 'vaccine record', 'vaccination record',
  'booster shot', 'covid booster', 'tetanus shot', 'tdap', 'mmr', 'hpv vaccine', 'shingles vaccine', 'shingles shot',
  'pneumonia vaccine', 'pneumonia shot', 'rsv vaccine', 'flu vaccine', 'flu shots', 'travel vaccines', 'rabies shots',
  'allergy shots', 'b12 shot', 'b12 injection', 'depo shot', 'trigger shot', 'iron infusion', 'staples', 'sling',
  'crutches', 'knee brace', 'back brace', 'walking boot', 'chiropractic adjustment',
  'spinal decompression', 'dry needling', 'acupuncture', 'cortisone injection', 'epidural steroid injection',
  'radiofrequency ablation', 'trigger point injection', 'prp injection', 'knee scope', 'arthroscopic surgery',
  'rotator cuff repair', 'acl surgery', 'bunion surgery', 'bunionectomy', 'carpal tunnel surgery', 'hand surgery',
  'foot surgery', 'eye surgery', 'retina surgery', 'cornea transplant', 'glasses prescription', 'contact lens prescription',
  'dental cleaning', 'teeth cleaning', 'fluoride treatment', 'sealants', 'invisalign', 'retainer', 'night guard',
  'partial denture', 'bone graft', 'gum graft', 'scaling and root planing', 'oral surgery', 'nitrous', 'laughing gas',
  'novocaine', 'labor induction', 'induced labor', 'vbac', 'iui', 'egg freezing', 'frozen embryo transfer', 'embryo grading',
  'beta hcg', 'hcg', 'group therapy', 'cbt', 'dbt', 'emdr', 'medication management', 'intensive outpatient',
  'partial hospitalization', 'inpatient psych', 'psych ward', 'psych unit', 'psych hold', 'crisis stabilization',
  'hemodialysis', 'peritoneal dialysis', 'heart transplant', 'lung transplant', 'stem cell transplant', 'hormone therapy',
  'targeted therapy', 'car-t', 'radiation treatment', 'radiation treatments', 'chemo treatment', 'infusion therapy',
  'transfusions', 'stitches out', 'suture removal', 'wound vac', 'dressing change', 'split-dose prep', 'bowel prep', 'colonoscopy prep', 'ostomy bag', 'colostomy bag', 'glucose monitor', 'cgm', 'oxygen tank', 'home oxygen', 'ventilator', 'trach', 'g tube', 'ng tube',
  'bowel prep', 'colonoscopy prep', 'home exercises', 'home exercise program', 'breathing exercises', 'trimester', 'first trimester', 'second trimester', 'third trimester', 'x-ray results', 'mri results', 'ct results', 'scan results', 'biopsy result',
];

const MEDICATIONS_MORE_EN = [
  'antiviral', 'antivirals', 'antihistamine', 'antihistamines', 'muscle relaxant', 'muscle relaxants', 'sleeping pills',
  'sleep aid', 'anxiety medication', 'antipsychotic', 'antipsychotics', 'mood stabilizer', 'stimulant medication',
  'nexplanon', 'depo-provera', 'hormone replacement', 'hrt', 'testosterone', 'estrogen', 'progesterone', 'fertility drugs',
  'clomid', 'letrozole', 'gonal-f', 'zithromax', 'levaquin', 'flagyl', 'metronidazole', 'nitrofurantoin', 'macrobid',
  'diflucan', 'fluconazole', 'valtrex', 'valacyclovir', 'acyclovir', 'prednisolone', 'dexamethasone', 'solu-medrol',
  'medrol', 'hydrocortisone', 'epinephrine', 'propofol', 'ketamine', 'versed', 'midazolam', 'lidocaine', 'jardiance',
  'farxiga', 'januvia', 'glipizide', 'lantus', 'humalog', 'novolog', 'zepbound', 'tirzepatide', 'saxenda', 'phentermine',
  'entresto', 'carvedilol', 'hydrochlorothiazide', 'spironolactone', 'diltiazem', 'digoxin', 'amiodarone', 'pradaxa',
  'lovenox', 'enoxaparin', 'brilinta', 'clopidogrel', 'rosuvastatin', 'pravastatin', 'zetia', 'allopurinol', 'colchicine',
  'meloxicam', 'celebrex', 'aleve', 'excedrin', 'sumatriptan', 'imitrex', 'topamax', 'topiramate', 'trazodone',
  'mirtazapine', 'buspirone', 'buspar', 'hydroxyzine', 'vistaril', 'clonazepam', 'quetiapine', 'olanzapine', 'zyprexa',
  'aripiprazole', 'lamotrigine', 'bupropion', 'citalopram', 'celexa', 'paxil', 'paroxetine', 'venlafaxine', 'duloxetine',
  'vyvanse', 'concerta', 'strattera', 'guanfacine', 'montelukast', 'singulair', 'flovent', 'advair', 'symbicort',
  'spiriva', 'zyrtec', 'claritin', 'allegra', 'flonase', 'sudafed', 'mucinex', 'robitussin', 'nyquil', 'dayquil',
  'pepto-bismol', 'miralax', 'colace', 'protonix', 'pantoprazole', 'nexium', 'famotidine', 'reglan', 'oxybutynin',
  'flomax', 'tamsulosin', 'finasteride', 'viagra', 'cialis', 'estradiol', 'misoprostol', 'mifepristone', 'rhogam',
  'oxytocin', 'iron supplements', 'prenatal vitamins', 'neulasta', 'compazine', 'opdivo', 'avastin', 'rituxan', 'ibrance',
  'anastrozole', 'arimidex', 'lupron', 'prolia', 'fosamax', 'remicade', 'stelara', 'enbrel', 'dupixent', 'skyrizi',
  'rinvoq', 'otezla', 'biologic', 'biologics', 'accutane', 'isotretinoin', 'tretinoin', 'minocycline', 'biktarvy',
  'truvada', 'descovy', 'harvoni', 'epclusa', 'vivitrol', 'naltrexone', 'antabuse', 'chantix', 'nicotine patch',
  'nicotine patches', 'hydroxychloroquine', 'plaquenil', 'azithromycin', 'levofloxacin', 'ceftriaxone', 'rocephin',
  'zosyn', 'morphine drip', 'pain pump', 'pain pills', 'antibiotic drops', 'eye drops', 'ear drops', 'steroid cream',
  'steroid shot', 'insulin dose', 'medication dose',
];

const CLINICAL_MORE_ES = [
  'amoxicilina', 'penicilina', 'nuevo medicamento', 'nueva medicina', 'nuevos medicamentos', 'azitromicina', 'naproxeno', 'analgésico', 'calmantes', 'calmante', 'inhalador',
  'nebulizaciones', 'nebulizador', 'pastillas para el dolor', 'antiinflamatorio',
  'antihistamínico', 'anticonceptivos', 'pastillas anticonceptivas', 'suero', 'oxígeno', 'puntadas', 'puntos de sutura',
  'grapas', 'muletas', 'cabestrillo', 'férula', 'bota ortopédica', 'aparato auditivo', 'audífonos', 'autismo', 'diabético',
  'diabética', 'presión arterial', 'presión baja', 'azúcar alta', 'azúcar baja', 'azúcar en la sangre', 'glucosa',
  'colesterol', 'triglicéridos', 'hipotiroidismo', 'hipertiroidismo', 'obesidad', 'cáncer de mama', 'cáncer de pulmón',
  'cáncer de próstata', 'cáncer de colon', 'cáncer de piel', 'quiste', 'quistes', 'bulto', 'cálculos biliares',
  'piedras en la vesícula', 'gastritis', 'reflujo', 'colitis', 'estreñimiento', 'infección de oído', 'otitis',
  'infección de garganta', 'faringitis', 'amigdalitis', 'anginas', 'bronquiolitis', 'tos', 'resfriado', 'catarro',
  'calentura', 'varicela', 'sarampión', 'paperas', 'tuberculosis', 'prueba de tuberculosis', 'clamidia', 'sífilis',
  'herpes', 'vph', 'enfermedad renal', 'ataque de asma', 'crisis asmática', 'convulsión', 'dolor de cabeza',
  'dolor de muelas', 'mareos', 'vértigo', 'náuseas', 'torcedura', 'luxación', 'tendinitis', 'ciática', 'hernia de disco',
  'osteoporosis', 'ataques de pánico', 'trastorno alimenticio', 'trastorno de ansiedad', 'anorexia', 'bulimia',
  'intento de suicidio', 'pensamientos suicidas', 'autolesiones', 'abstinencia', 'sobriedad', 'embarazo de alto riesgo',
  'pérdida del embarazo', 'contracciones', 'inducción del parto', 'prematuro', 'prematura', 'incubadora', 'cólicos',
  'infertilidad', 'fertilización in vitro', 'transferencia de embriones', 'embriones', 'menopausia', 'endometriosis',
  'miomas', 'papanicolau', 'sonograma', 'ecocardiograma', 'prueba de esfuerzo', 'holter', 'análisis de orina',
  'examen de orina', 'examen de sangre', 'pruebas de laboratorio', 'prueba de vih', 'prueba de alergias',
  'examen de la vista', 'examen de audición', 'examen físico', 'angioplastia', 'stent', 'hemodiálisis', 'fístula',
  'catéter', 'inmunoterapia', 'vacunación', 'inmunizaciones', 'cartilla de vacunación', 'registro de vacunas',
  'ventilador', 'curaciones', 'curación de la herida', 'terapia de lenguaje', 'terapia ocupacional', 'ajuste quiropráctico',
  'limpieza dental', 'caries', 'extracción de muela', 'muelas del juicio', 'frenos', 'brackets', 'nervio pinzado',
  'quemaduras', 'mordedura de perro', 'picadura', 'intoxicación', 'envenenamiento', 'sangrado', 'hemorragia',
  'coma', 'parálisis', 'demencia senil', 'trasplante de riñón', 'cirugía de rodilla', 'cirugía de cadera',
  'reemplazo de hombro', 'resultados de la biopsia', 'lentes', 'receta de lentes',
];

/** Words that name clinical care only when they are someone's ("your shot", "her cast", "his next cleaning"): alone they
 * mean something else ("give us a shot", "the cast of the play", "the cleaning crew"). */
export const POSSESSED_ONLY_EN = [
  'shot', 'shots', 'cast', 'echo', 'cleaning', 'fall', 'exercises', 'spacer', 'nebulizer',
  'tubes', 'dose', 'doses', 'brace', 'walker', 'boot', 'sugar', 'sugars', 'bp', 'implant', 'retrieval', 'caída', 'lesión', 'lesiones', 'limpieza', 'yeso', 'herida', 'azúcar', 'presión',
];

/** Parts of the body, so that "knee pain", "a broken wrist" or "dolor de rodilla" read as a condition. */
export const BODY_PARTS_EN = [
  'hip', 'hips', 'knee', 'knees', 'back', 'lower back', 'upper back', 'shoulder', 'shoulders', 'neck', 'ankle', 'ankles',
  'wrist', 'wrists', 'elbow', 'foot', 'feet', 'hand', 'hands', 'finger', 'fingers', 'thumb', 'toe', 'toes', 'leg', 'legs',
  'arm', 'arms', 'head', 'chest', 'stomach', 'abdominal', 'belly', 'pelvic', 'pelvis', 'spine', 'spinal', 'jaw', 'tooth',
  'teeth', 'gum', 'eye', 'eyes', 'ear', 'ears', 'throat', 'sinus', 'skin', 'heart', 'lung', 'lungs', 'kidney', 'kidneys',
  'liver', 'bladder', 'bowel', 'colon', 'breast', 'prostate', 'ovary', 'ovarian', 'uterus', 'uterine', 'cervix', 'thyroid',
  'brain', 'nerve', 'joint', 'joints', 'rib', 'ribs', 'collarbone', 'hamstring', 'achilles', 'meniscus', 'rotator cuff',
  'tailbone', 'heel', 'groin', 'nose', 'face', 'facial', 'lumbar', 'cervical', 'sciatic', 'disc', 'tendon', 'ligament',
  'muscle', 'bone', 'bones', 'gallbladder', 'appendix', 'pancreas', 'retina', 'cornea', 'vein', 'veins', 'artery',
];
/** What goes wrong with a part of the body, or what is done to it. */
export const BODY_TROUBLES_EN = [
  'pain', 'pains', 'ache', 'injury', 'injuries', 'fracture', 'fractures', 'infection', 'infections', 'surgery',
  'surgeries', 'replacement', 'x-ray', 'x-rays', 'mri', 'ct', 'scan', 'scans', 'ultrasound', 'biopsy', 'problems',
  'problem', 'condition', 'strain', 'sprain', 'swelling', 'tear', 'procedure', 'transplant', 'disease', 'failure', 'cancer',
  'damage', 'stones', 'stone', 'bleed', 'bleeding', 'clot', 'clots', 'repair', 'fusion',
  'injection', 'injections', 'therapy', 'rehab', 'flare', 'flare-up', 'spasms', 'numbness', 'weakness', 'wound',
];
/** What has happened to it: "broken", "torn", "swollen". */
export const BODY_HARMS_EN = [
  'broken', 'fractured', 'sprained', 'torn', 'dislocated', 'injured', 'bruised', 'swollen', 'infected', 'pulled',
  'twisted', 'herniated', 'slipped', 'ruptured', 'blown', 'bad', 'sore', 'stiff', 'jammed', 'cracked', 'shattered',
  'collapsed', 'blocked', 'impacted', 'abscessed', 'new', 'replaced', 'repaired',
];
export const BODY_PARTS_ES = [
  'cadera', 'rodilla', 'rodillas', 'espalda', 'hombro', 'hombros', 'cuello', 'tobillo', 'muñeca', 'codo', 'pie', 'pies',
  'mano', 'manos', 'dedo', 'dedos', 'pierna', 'piernas', 'brazo', 'brazos', 'cabeza', 'pecho', 'estómago', 'abdomen',
  'vientre', 'columna', 'mandíbula', 'muela', 'muelas', 'diente', 'dientes', 'encías', 'ojo', 'ojos', 'oído', 'oídos',
  'garganta', 'piel', 'corazón', 'pulmón', 'pulmones', 'riñón', 'riñones', 'hígado', 'vejiga', 'mama', 'seno', 'senos',
  'próstata', 'ovario', 'ovarios', 'útero', 'tiroides', 'cerebro', 'nervio', 'costilla', 'costillas', 'nariz', 'vesícula',
  'apéndice', 'páncreas', 'hueso', 'huesos', 'tendón', 'ligamento', 'músculo', 'oreja',
];
export const BODY_TROUBLES_ES = [
  'dolor', 'dolores', 'fractura', 'fracturas', 'lesión', 'lesiones', 'infección', 'infecciones', 'cirugía', 'operación',
  'radiografía', 'radiografías', 'resonancia', 'tomografía', 'ultrasonido', 'esguince', 'torcedura', 'golpe', 'herida',
  'cáncer', 'reemplazo', 'problema', 'problemas', 'biopsia', 'inflamación', 'hinchazón', 'trasplante', 'enfermedad',
  'tumor', 'piedras', 'cálculos', 'sangrado',
];
export const BODY_HARMS_ES = [
  'rota', 'roto', 'rotas', 'rotos', 'fracturada', 'fracturado', 'lastimada', 'lastimado', 'hinchada', 'hinchado',
  'infectada', 'infectado', 'torcida', 'torcido', 'inflamada', 'inflamado', 'dislocada', 'dislocado', 'operada', 'operado',
  'nueva', 'nuevo',
];

/** The plural of an English term ("x-ray" → "x-rays", "biopsy" → "biopsies"), taken on its last word. */
function pluralEn(term: string): string | null {
  if (/[^a-z]$/i.test(term) || /s$/i.test(term) || term.length < 3) return null;
  if (/[^aeiou]y$/i.test(term)) return `${term.slice(0, -1)}ies`;
  if (/(?:sh|ch|x|z)$/i.test(term)) return `${term}es`;
  return `${term}s`;
}

const UNACCENT: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };
/** The plural of a Spanish noun ("vacuna" → "vacunas", "infección" → "infecciones", "tumor" → "tumores"), taken on its
 * first word when a complement follows ("prueba de embarazo" → "pruebas de embarazo"). */
function pluralEs(term: string): string | null {
  const words = term.split(' ');
  if (words.length > 1 && !['de', 'del', 'contra', 'en'].includes(words[1])) return null;
  const head = words[0];
  if (/s$/i.test(head) || head.length < 3) return null;
  let plural: string;
  if (/[aeiouáé]$/i.test(head)) plural = `${head}s`;
  else if (/[áéíóú][nsl]$/i.test(head)) plural = `${head.slice(0, -2)}${UNACCENT[head.at(-2)!.toLowerCase()]}${head.at(-1)}es`;
  else if (/[a-zñ]$/i.test(head)) plural = `${head}es`;
  else return null;
  return [plural, ...words.slice(1)].join(' ');
}

function withPlurals(terms: readonly string[], plural: (t: string) => string | null): string[] {
  const out = new Set(terms);
  for (const t of terms) {
    const p = plural(t);
    if (p) out.add(p);
  }
  return [...out];
}

// Each term counts in the plural too: "your X-rays", "las vacunas", "two biopsies".
export const CONDITIONS_EN = withPlurals([...CONDITIONS_BASE_EN, ...CONDITIONS_MORE_EN], pluralEn);
export const PROCEDURES_EN = withPlurals([...PROCEDURES_BASE_EN, ...PROCEDURES_MORE_EN], pluralEn);
export const MEDICATIONS_EN = withPlurals([...MEDICATIONS_BASE_EN, ...MEDICATIONS_MORE_EN], pluralEn);
export const CLINICAL_ES = withPlurals([...CLINICAL_BASE_ES, ...CLINICAL_MORE_ES], pluralEs);
