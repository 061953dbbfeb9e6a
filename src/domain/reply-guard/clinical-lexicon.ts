// Diagnoses, conditions, procedures, tests and medications, English and Spanish, written for the guard
// (not mined from any patient text). Specialties are kept apart: "our cardiology department" names a
// service we offer, while "your heart attack" describes a patient.

export const CONDITIONS_EN = [
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
  'retained sponge', 'retained object', 'complications', 'complication', 'blood pressure', 'blood sugar', 'blood sugars', 'glucose', 'a1c', 'heart rate', 'oxygen levels', 'cancer-free', 'terminal illness', 'hospice', 'palliative', 'end of life',
];

export const PROCEDURES_EN = [
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

export const MEDICATIONS_EN = [
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
export const CONDITION_ACRONYMS = ['MS', 'ALS', 'CKD', 'CHF', 'ESRD', 'POTS'];

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

export const CLINICAL_ES = [
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
