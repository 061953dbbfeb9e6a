// The vocabulary of care the care-relationship rule looks for: what a patient goes through, who their relatives
// are, and which words after "your" turn a phrase into something else.
import { alternation } from './match.js';

export const CARE_NOUNS_EN = [
  'visit', 'visits', 'stay', 'stays', 'hospital stay', 'admission', 'readmission', 'discharge', 'discharge papers',
  'discharge instructions', 'appointment', 'appointments', 'appt', 'procedure', 'procedures', 'surgery', 'surgeries',
  'operation', 'treatment', 'treatments', 'test results', 'results', 'test', 'tests', 'lab work', 'labs', 'lab results',
  'bloodwork', 'blood work', 'scan', 'scans', 'x-ray', 'x-rays', 'imaging', 'diagnosis', 'prognosis', 'care', 'care plan',
  'care team', 'medical care', 'doctor', 'doctors', 'physician', 'physicians', 'nurse', 'nurses', 'surgeon', 'provider',
  'providers', 'therapist', 'specialist', 'pcp', 'primary care physician', 'medical records', 'medical record', 'records',
  'chart', 'prescription', 'prescriptions', 'medication', 'medications', 'meds', 'birth', 'delivery', 'labor',
  'recovery', 'hospitalization', 'er visit', 'ed visit', 'emergency visit', 'check-up', 'checkup', 'follow-up',
  'follow up', 'followup', 'consultation', 'consult', 'exam', 'examination', 'session', 'sessions', 'therapy',
  'infusion', 'biopsy', 'mammogram', 'screening', 'vaccination', 'shot', 'injection', 'room', 'bed', 'bedside',
  'time with us', 'time in our care', 'time at our hospital', 'time in the hospital', 'time in the er', 'wound',
  'stitches', 'cast', 'iv', 'triage', 'intake', 'admitting', 'treatment plan', 'symptoms', 'condition', 'illness',
  'injury', 'injuries', 'fall', 'pain', 'arrival', 'medical history', 'baby', 'newborn',
  'pregnancy', 'c-section', 'ultrasound', 'telehealth visit', 'virtual visit', 'video visit', 'referral', 'transfer',
  'ambulance ride', 'ambulance', 'ambulance transport', 'sample', 'samples', 'blood sample', 'specimen', 'wristband',
  'encounter', 'encounters', 'healing', 'healing journey', 'journey', 'cancer journey', 'birth story',
  'vitals', 'call light', 'call button', 'call bell', 'refill', 'prescription refill', 'patient portal messages', 'portal message', 'procedure date', 'surgery date',
  'tray', 'meal tray', 'dinner tray', 'lunch tray', 'breakfast tray', 'bedside', 'primary care team', 'care coordinator',
  'echo', 'stress echo', 'er trip', 'ed trip', 'hospital trip', 'trip to the er', 'trip to the emergency room', 'lab order', 'lab orders', 'slot', 'time slot', 'appointment slot',
];
export const RELATIVES_EN = [
  'loved one', 'family member', 'mother', 'mom', 'mum', 'father', 'dad', 'son', 'daughter', 'child', 'kid', 'kids',
  'children', 'baby', 'husband', 'wife', 'spouse', 'partner', 'brother', 'sister', 'grandmother', 'grandma',
  'grandfather', 'grandpa', 'grandson', 'granddaughter', 'aunt', 'uncle', 'niece', 'nephew', 'parent', 'parents',
  'fiance', 'fiancée', 'boyfriend', 'girlfriend', 'friend', 'relative', 'little one', 'infant', 'toddler', 'father-in-law',
  'mother-in-law', 'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'cousin', 'twins', 'triplets', 'newborn',
  'roommate', 'neighbor', 'neighbour', 'coworker', 'co-worker', 'classmate', 'best friend', 'bestie', 'buddy', 'pup', 'dog', 'service dog',
];
// Words that may sit between "your" and the care noun ("your recent hospital stay") without changing its meaning.
export const MODIFIERS_EN = [
  'recent', 'last', 'latest', 'first', 'second', 'next', 'upcoming', 'scheduled', 'emergency', 'er', 'ed', 'hospital',
  'outpatient', 'inpatient', 'clinic', 'medical', 'surgical', 'follow-up', 'follow up', 'routine', 'annual', 'recent',
  'prenatal', 'postpartum', 'post-op', 'pre-op', 'overnight', 'weekend', 'long', 'short', 'entire', 'whole', 'recent',
  'difficult', 'lab', 'blood', 'mri', 'ct', 'ultrasound', 'imaging', 'covid', 'physical', 'cardiac', 'knee', 'hip',
  'back', 'heart', 'cancer', 'recovery', 'icu', 'nicu', 'maternity', 'pediatric', 'urgent care', 'telehealth', 'virtual',
  'video', 'primary care', 'dental', 'eye', 'annual', 'wellness', 'own', 'new', 'original', 'initial', 'final', 'pending',
  'missed', 'cancelled', 'canceled', 'rescheduled', 'delayed', 'prior', 'previous', "child's", "baby's",
];
// What people send us: "we saw your post" is about their message, not their care.
export const MESSAGES = ['post', 'posts', 'review', 'reviews', 'message', 'messages', 'comment', 'comments', 'feedback', 'tweet', 'email', 'note', 'letter', 'story', 'concerns', 'concern', 'question', 'questions', 'words', 'kind words', 'rating', 'video', 'photo', 'photos', 'reply', 'dm', 'complaint', 'complaints', 'suggestion', 'suggestions', 'request', 'requests'];
// Any other word may qualify the care noun ("your spine surgery", "your 8:30 appointment"), except words
// that turn the phrase to something else ("your feedback about care", "your questions on billing").
export const ANY_MODIFIER = `(?!(?:${alternation([...MESSAGES, 'experience', 'about', 'regarding', 'on', 'with', 'for', 'of', 'in', 'at', 'to', 'and', 'or', 'the', 'a', 'an', 'our', 'this', 'that', 'own', 'kind', 'patience', 'time', 'trust', 'family', 'loved', 'life', 'health', 'privacy', 'safety', 'input', 'thoughts', 'opinion', 'perspective', 'voice', 'needs', 'choice', 'satisfaction', 'expectations'])})(?![\\p{L}]))[\\p{L}\\d:.'’-]+`;
export const RELATIVE_POSSESSIVE = `(?:${alternation(RELATIVES_EN)})(?:['’]s|s['’])`;
// "your elderly father" is still the reader's father.
export const YOUR_RELATIVE_EN = `your\\s+(?:(?:elderly|older|little|young|baby|newborn|teenage|adult|late|dear|sweet|sick)\\s+)?(?:${alternation(RELATIVES_EN)})`;
