// For organizations whose name is also a common word ("Blessing", "Mercy", "Good Samaritan"): what marks the word
// as the organization and what marks it as the ordinary word.

/** Words right after the name that make it a place of care: "Mercy ER", "Blessing Hospital". */
export const ORG_FOLLOWERS = new Set([
  'hospital', 'hospitals', 'medical', 'health', 'healthcare', 'clinic', 'clinics', 'er', 'ed', 'emergency', 'center', 'centre', 'hospice', 'urgent',
  'campus', 'icu', 'nicu', 'maternity', 'labor', 'cancer', 'heart', 'pediatrics', 'billing', 'pharmacy', 'lab', 'nurses', 'nursing', 'doctors', 'staff',
  'west', 'east', 'north', 'south', 'downtown', 'general', 'regional', 'memorial', 'hosp', 'rehab', 'orthopedics', 'radiology', 'oncology', 'parking',
]);

/** Words right before the name that make it a place: "at Mercy", "Blessing's", "to Good Samaritan". */
export const ORG_PRECEDERS = new Set(['at', 'to', 'from', 'in', 'into', 'about', 'with', 'by', 'than', '@', 'admitted', 'transferred', 'discharged', 'visited', 'visit', 'avoid', 'leaving', 'left']);

/** Common-word senses: when one of these surrounds the name, the name is the ordinary word. */
export const COMMON_SENSE = [
  'lord have mercy', 'god have mercy', 'have mercy', 'mercy me', 'at the mercy of', 'at their mercy', 'no mercy', 'show mercy', 'showed mercy',
  'showed no mercy', 'mercy rule', 'mercy killing', 'mercy on', 'for mercy', 'begging for mercy', 'tender mercies', 'merciful', 'mercy seat', 'sister mercy',
  'mercy baptist', 'mercy church', 'mercy chapel', 'mercy ministries', 'mercy ministry', 'mercy college', 'mercy high', 'mercy school', 'mercy street',
  'what a blessing', 'such a blessing', 'a blessing in disguise', 'blessing in disguise', 'blessings', 'a blessing', 'the blessing of',
  'count your blessings', 'gods blessing', 'god blessing', 'blessing ceremony', 'blessing of the', 'house blessing', 'baby blessing',
  'blessing baptist', 'blessing church', 'blessed', 'mixed blessing', 'blessing over', 'blessing and a curse', 'with the blessing', 'gave their blessing',
  'good samaritan law', 'good samaritan laws', 'a good samaritan', 'the good samaritan', 'like a good samaritan', 'good samaritans', 'parable',
  'good samaritan act', 'samaritan purse', 'samaritans purse', 'being a good samaritan', 'some good samaritan', 'good samaritan stopped',
];

/** Care words elsewhere in the post that make an ambiguous capitalized name likely the organization. */
export const CARE_CONTEXT = [
  'hospital', 'er', 'emergency room', 'nurse', 'nurses', 'doctor', 'doctors', 'surgery', 'surgeon', 'admitted', 'discharged', 'discharge', 'patient',
  'patients', 'icu', 'nicu', 'ward', 'triage', 'appointment', 'billing', 'bill', 'labor and delivery', 'gave birth', 'mri', 'x ray', 'ambulance',
  'urgent care', 'clinic', 'waiting room', 'visiting hours', 'physician', 'medical', 'scan', 'stitches', 'chemo', 'mammogram*', 'mri', 'ct scan',
  'biopsy', 'referral', 'specialist', 'insurance', 'medicaid', 'medicare', 'copay', 'prescription', 'pharmacy', 'therapy', 'rehab', 'ob', 'obgyn', 'pediatric*',
  'cardiolog*', 'oncolog*', 'maternity', 'icu', 'dose', 'fever', 'infection', 'diagnos*', 'dr', 'doc', 'understaffed', 'pain meds', 'medical records',
  'discharged', 'surgery', 'hospice', 'lab', 'blood work', 'vaccine', 'flu shot', 'ultrasound', 'labor', 'delivery', 'billing', 'collections', 'portal',
];
