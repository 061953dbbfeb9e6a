// Risk cues (see the contract). Harm cues count only in a complaint (an injury the hospital treated well is no risk);
// legal, crisis and privacy cues count anywhere, because missing one costs far more than a false alarm.
import type { Risk } from '../types.js';

export const RISK_CUES: Record<Risk, readonly string[]> = {
  harm: [
    'died', 'passed away', 'death', 'dead', 'almost died', 'nearly died', 'could have died', 'almost lost', 'nearly lost', 'lost her life', 'lost his life',
    'medical error*', 'medication error*', 'wrong medication', 'wrong medicine', 'wrong drug', 'wrong dose', 'overdose*', 'misdiagnos*', 'wrong diagnosis',
    'got an infection', 'developed an infection', 'caught an infection', 'got infected', 'became infected', 'infection she got', 'infection he got', 'infection i got',
    'throwing up blood', 'vomiting blood', 'coughing up blood', "didn't use a new needle", 'did not use a new needle', 'used needle', 'reused needle', 'reusing needles', 'same needle', 'obvious infection', 'wound infection', 'infected wound', 'infection after', 'post operative infection', 'sepsis', 'septic', 'hospital acquired', 'bedsore*', 'bed sore*', 'pressure sore*', 'pressure ulcer*', 'fell out of bed',
    'fell in the', 'fell while', 'was dropped', 'dropped him', 'dropped her', 'injured by', 'burned', 'permanent damage', 'paralyzed', 'paralysed',
    'without anesthesia', 'without anaesthesia', 'there was a fracture', 'was a fracture', 'fracture was missed', 'missed the fracture', 'broken vertebrae',
    'with appendicitis', 'turned out to be', 'found out later', 'later found', 'another hospital found', 'other hospital found',
    'another hospital saved', 'saved her at', 'saved him at', 'operated elsewhere', 'needs surgery', 'need surgery', 'now needs', 'emergency surgery',
    'physical suffering', 'psychological suffering', 'suffer psychologically', 'suffer physically', 'psychologically and physically', 'traumatized', 'traumatised', 'psychological trauma', 'should have had surgery', 'should have been operated', 'completely screwed up', 'back to square one', 'wrong side', 'wrong leg', 'wrong patient', 'neglect*',
    // Coming back sicker after we sent them home is the consequence that makes a discharge unsafe.
    'ended up back in the er', 'ended up back in the hospital', 'ended up back in the emergency', 'back in the er with', 'back in the hospital with',
    'readmitted with', 'readmitted for', 'rushed back to the er', 'had to go back to the er', 'ended up in the er', 'volvio a urgencias', 'regreso a urgencias',
    'was harmed', 'were harmed', 'patient harmed', 'patients harmed', 'left in pain for', 'limped', 'metastas*', 'internal bleeding', 'blood clot', 'stroke', 'heart attack', 'ended up in intensive care', 'ended up in icu',
    'murio', 'fallecio', 'infeccion hospitalaria', 'se infecto', 'muerte', 'casi muere', 'casi se muere', 'error medico', 'medicamento equivocado', 'dosis equivocada', 'se cayo de la cama',
    'negligencia', 'resulto ser', 'sin anestesia', 'en otro hospital le', 'en otro hospital me', 'quedo paralitico', 'secuelas',
  ],
  legal: [
    'lawyer*', 'attorney*', 'lawsuit*', 'law suit', 'sue', 'suing', 'sued', 'malpractice', 'small claims', 'legal action', 'legal steps', 'legal proceedings',
    'take legal', 'taking legal', 'court', 'in court', 'joint commission', 'health department', 'department of health', 'cms', 'medical board',
    'state board', 'report* .. to the board', 'report* .. to the state', 'report* .. to state', 'complaint with the state', 'file a complaint with', 'filed a complaint with', 'formal complaint', 'ombudsman', 'ombudsperson', 'regulator',
    'police', 'press charges', 'preservation letter', 'litigation', 'litigate', 'law firm', 'our client', 'my client', 'represent a patient',
    'represent the family', 'representing the family', 'notice of claim', 'wrongful death', 'personal injury', 'class action', 'subpoena*', 'abogado*', 'demanda*', 'denuncia*', 'juicio', 'accion legal', 'acciones legales', 'mala praxis', 'tribunal*', 'defensor del paciente',
  ],
  crisis: [
    'suicid*', 'kill myself', 'killing myself', 'end my life', 'end it all', 'take my own life', 'take my life', 'want to die', 'wanted to die', 'self harm',
    // Relatives and friends write for someone at risk as often as people write for themselves.
    'kill himself', 'kill herself', 'kill themselves', 'killing himself', 'killing herself', 'end his life', 'end her life', 'end their life',
    'take his own life', 'take her own life', 'wants to die', 'hurt himself', 'hurt herself', 'harm himself', 'harm herself', 'not safe at home',
    "don't want to be alive", 'do not want to be alive', "can't go on", 'cannot go on', 'no point in living', 'goodbye cruel world',
    'quitarse la vida', 'se quiere matar', 'se va a matar', 'quiere morir', 'quiero morir', 'no quiero seguir',
    'self-harm', 'harm myself', 'hurt myself', 'cutting myself', 'overdose on', 'no reason to live', 'better off dead', 'kill you', 'kill them', 'kill someone',
    'shoot', 'shooting', 'gun', 'bomb', 'burn it down', 'blow up', 'make them pay', 'you will regret', 'watch your back',
    // Passive ideation is how most people say it: no method, no plan, only that nothing matters any more.
    "don't see the point of anything", "don't see the point in anything", "don't see the point of living", "don't see the point anymore",
    'see no point in living', 'nothing to live for', "don't want to be here anymore", "don't want to be here any more", 'tired of living',
    'tired of being alive', 'wish i was dead', 'wish i were dead', 'rather be dead', 'better off without me', "don't want to wake up",
    'never wake up', 'given up on life', 'give up on life',
    'no le veo sentido a nada', 'no tiene sentido vivir', 'ya no quiero estar aqui', 'quisiera estar muert*', 'mejor muert*',
    'suicidarme', 'suicidio', 'matarme', 'quitarme la vida', 'no quiero vivir', 'hacerme dano', 'los voy a matar', 'te voy a matar',
  ],
  privacy: [
    'privacy', 'hipaa', 'confidential*', 'my records were', 'my chart was', 'shared my', 'told my employer', 'told my family', 'told my boss', 'discussed my .. in front',
    // said or shown in a hallway, not only lying in one (a hallway bed is a wait, not a breach)
    'discussed .. in the hallway', 'talked about .. in the hallway', 'told me .. in the hallway', 'told us .. in the hallway', 'told her .. in the hallway',
    'told him .. in the hallway', 'read .. in the hallway', 'in the hallway for everyone', 'in the hallway where everyone', 'in the hallway in front of', 'in front of everyone', 'in front of other patients', 'leaked', 'posted my', 'photo of me', 'pictures of me', 'looked at my records',
    'accessed my records', 'gave my information', 'sent my results to', 'wrong address',
    // Someone else's records in the author's hands: "sent to the wrong person … they are not mine".
    'sent to the wrong person', 'mailed to the wrong', 'sent to the wrong address', 'records sent to', 'they are not mine', 'these are not mine', 'not my records',
    'belong to a woman', 'belong to a man', 'belong to someone', 'her social security number', 'his social security number', 'their social security number', 'privacidad', 'confidencial*', 'mis datos', 'delante de todos',
    // Records sent to, or filed under, the wrong person: "sent my husband's visit summary to my portal".
    'someone else records', 'someone else information', 'someone else results', 'someone else test results', 'someone else chart', 'someone else paperwork',
    'another patient records', 'another patient information', 'another patient results', 'another patient chart', 'other patient records',
    'got someone else', 'received someone else', 'sent his .. to my', 'sent her .. to my', 'sent my .. to the wrong', 'to the wrong patient', 'wrong chart',
    'wrong portal', 'put it on my chart', 'put it in my chart', 'records mixed up', 'mixed up my records', 'mixed up our records', 'visit summary to my',
    'de otra persona', 'de otro paciente', 'expediente equivocado',
  ],
};

/**
 * What brought the patient in, not what care did to them: "in the ICU after an overdose", "admitted after a stroke".
 * Harm cues and grievances inside these phrases describe the reason for care; "he had a stroke while waiting" still counts.
 */
export const CIRCUMSTANCES = [
  'after an overdose', 'after a overdose', 'after his overdose', 'after her overdose', 'after my overdose', 'for an overdose', 'with an overdose', 'from an overdose',
  'after a stroke', 'after his stroke', 'after her stroke', 'after my stroke', 'with a stroke', 'for a stroke',
  'after a heart attack', 'after his heart attack', 'after her heart attack', 'after my heart attack', 'with a heart attack', 'for a heart attack',
  'tras una sobredosis', 'por una sobredosis', 'tras un infarto', 'por un infarto',
];

/**
 * A fall or a blow to the head. Often it is only why the patient came in ("when I fell"), so it is harm in a complaint
 * only after we sent the patient home (the discharge was unsafe) or in a patient on blood thinners, whose head injury
 * cannot wait.
 */
export const FALLS = [
  'fell', 'fell at home', 'fell down', 'fell over', 'had a fall', 'took a fall', 'a bad fall', 'hit his head', 'hit her head', 'hit my head', 'hit their head',
  'head injury', 'se cayo', 'se golpeo la cabeza',
];
/** Words after "fell" that make it no fall: "fell asleep", "fell apart", "fell through", "fell in love". */
export const NOT_A_FALL = new Set(['asleep', 'apart', 'through', 'short', 'behind', 'silent', 'quiet', 'in', 'for', 'into', 'on', 'off', 'ill', 'sick', 'pregnant', 'under']);
/** Words that put a patient outside our care before what follows: "discharged", "sent him home". */
export const DISCHARGES = ['discharged', 'discharge', 'sent home', 'sent .. home', 'sent us home', 'dado de alta', 'dada de alta', 'nos mandaron a casa'];
export const BLOOD_THINNERS = ['blood thinner*', 'eliquis', 'apixaban', 'warfarin', 'xarelto', 'rivaroxaban', 'coumadin', 'anticoagul*', 'anticoagulante*'];

/** Phrases that look like a risk cue but are not one. */
export const RISK_EXCEPTIONS = [
  'death certificate', 'dead tired', 'dead end', 'gun shot wound', 'shoot me an email', 'drop me a line', 'court yard', 'courtyard', 'food court',
  'tennis court', 'to death', 'scared to death', 'bored to death', 'over my dead body', 'dead battery', 'sue me',
];

/**
 * Conditions that make an ongoing wait or a dismissal urgent even before anything has gone wrong: not a harm event
 * (nothing happened yet), but the lead walks over now rather than after lunch.
 */
export const URGENT_CONDITIONS = [
  'blood thinner*', 'eliquis', 'apixaban', 'warfarin', 'xarelto', 'rivaroxaban', 'coumadin', 'anticoagul*', 'dementia', 'alzheimer*', 'hit his head', 'hit her head', 'hit my head', 'hit their head',
  'head injury', 'chest pain*', "can't breathe", 'cannot breathe', 'trouble breathing', 'struggling to breathe', 'short of breath', 'bleeding',
  'stroke', 'seizure*', 'passed out', 'unconscious', 'unresponsive', 'high fever', 'in so much pain', 'screaming in pain', 'crying in pain',
  'water broke', 'contractions', 'vomiting blood', 'coughing up blood',
  'anticoagulante*', 'se golpeo la cabeza', 'dolor de pecho', 'no puede respirar', 'no puedo respirar', 'sangrando', 'convulsion*', 'fiebre alta',
];

/**
 * Treatment a patient cannot go without for long: missed or delayed, and followed by the patient getting worse, it is
 * harm ("supposed to have her dialysis at 8 ... she's getting short of breath"; "left without her seizure medication
 * ... she had a seizure").
 */
export const ESSENTIAL_TREATMENTS = [
  'dialysis', 'insulin', 'seizure med*', 'seizure pill*', 'anti seizure', 'antiseizure', 'anticonvulsant', 'anticonvulsants', 'epilepsy med*', 'keppra', 'levetiracetam', 'dilantin',
  'antibiotic', 'antibiotics', 'iv antibiotic*', 'oxygen', 'o2', 'heparin', 'blood thinner*', 'chemo', 'chemotherapy', 'transfusion', 'blood transfusion', 'iv fluids', 'fluids',
  'breathing treatment*', 'nebulizer', 'cpap', 'bipap', 'heart med*', 'heart medication*', 'blood pressure med*', 'parkinson med*', 'parkinsons med*', 'steroids',
  'her meds', 'his meds', 'my meds', 'her medication*', 'his medication*', 'my medication*', 'her medicine', 'his medicine', 'her dose', 'his dose', 'my dose',
  'scheduled med*', 'scheduled dose', 'her insulin', 'his insulin', 'tube feeding',
  'dialisis', 'insulina', 'antibiotico', 'antibioticos', 'oxigeno', 'su medicacion', 'sus medicamentos', 'quimioterapia',
];
/** Words before a treatment that say it was missed or late: "missed her dialysis", "left without his insulin", "still waiting for antibiotics". */
export const MISSED_BEFORE = [
  'missed', 'miss', 'skipped', 'without', 'never got', 'never given', 'never received', 'never gave', 'not given', 'not get', 'not receive', 'not gave', 'not give',
  'no one gave', 'nobody gave', 'forgot', 'forgot to give', 'supposed to have', 'supposed to get', 'supposed to start', 'supposed to be on', 'was due', 'is due',
  'due for', 'overdue', 'late', 'delayed', 'waiting for', 'waited for', 'wait for', 'still no', 'no', 'ran out of', 'out of', 'withheld', 'held', 'stopped',
  'cancelled', 'canceled', 'denied', 'refused', 'not hooked up', 'took away', 'took off',
  'sin', 'nunca le dieron', 'no le dieron', 'no le pusieron', 'olvidaron',
];
/** Words after a treatment that say it was missed or late: "her dialysis was cancelled", "the insulin came four hours late". */
export const MISSED_AFTER = [
  'missed', 'was missed', 'skipped', 'delayed', 'late', 'hours late', 'never came', 'never given', 'not given', 'never started', 'not started', 'was not verified',
  'had not been verified', 'not verified', 'never happened', 'was held', 'was cancelled', 'was canceled', 'ran out', 'not done', 'never done', 'did not happen',
  'was not given', 'was not started', 'was not done',
];
/** The patient getting worse afterwards. */
export const DETERIORATION = [
  'short of breath', 'shortness of breath', 'trouble breathing', 'can not breathe', 'could not breathe', 'struggling to breathe', 'hard to breathe', 'gasping',
  'had a seizure', 'had seizures', 'had another seizure', 'seized', 'seizing', 'a seizure', 'convulsing', 'convulsed', 'convulsions', 'chest pain*', 'fell', 'had a fall', 'confused', 'confusion',
  'delirious', 'not making sense', 'blood sugar was', 'blood sugar went', 'blood sugar spiked', 'blood sugar dropped', 'blood sugar of', 'blood sugar over',
  'sugar was', 'sugar went', 'sugar spiked', 'sugar dropped', 'sugars were', 'dka', 'ketoacidosis', 'passed out', 'fainted', 'unresponsive', 'collapsed',
  'crashed', 'coded', 'code blue', 'rapid response', 'spiked a fever', 'fever spiked', 'turned blue', 'turning blue', 'oxygen dropped', 'sats dropped', 'stroke',
  'heart attack', 'ended up in', 'went into dka', 'went into shock', 'went into a coma', 'went into respiratory', 'went into cardiac', 'went into afib',
  'went into withdrawal', 'rushed to the icu', 'moved to the icu', 'transferred to the icu', 'sent to the icu', 'got worse', 'getting worse', 'much worse',
  'deteriorated', 'deteriorating', 'deterioration', 'declining', 'fluid in her lungs', 'fluid in his lungs', 'fluid on her lungs', 'fluid on his lungs', 'vomiting', 'throwing up',
  'in so much pain', 'screaming in pain',
  'le falta el aire', 'no puede respirar', 'convulsion', 'convulsiones', 'empeoro', 'se desmayo',
];

