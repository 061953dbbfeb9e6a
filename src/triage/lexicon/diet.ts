// Diet errors: a patient served food they must not have. Written for this project (English).
// A wrong tray is a patient-identification failure; for a patient on a medical diet it is a safety event.

/** A tray or diet mixed up: a failure whoever the patient is. */
export const DIET_MIXUPS = [
  'wrong diet', 'wrong diet tray', 'wrong tray', 'wrong meal tray', 'wrong dinner tray', 'wrong lunch tray', 'wrong breakfast tray', 'wrong food tray',
  'incorrect diet', 'incorrect tray', 'incorrect meal tray', 'wrong .. tray', 'someone else tray', 'someone else meal', 'somebody else tray',
  'another patient tray', 'another patient meal', 'another patient food', 'other patient tray', 'tray meant for', 'tray was meant for', 'meal meant for',
  'trays mixed up', 'tray mixed up', 'mixed up the trays', 'mixed up her tray', 'mixed up his tray', 'mixed up trays',
];

/** Food that is wrong only for a patient on a medical diet: "the wrong dinner", "a regular diet", "thin liquids". */
export const WRONG_FOR_THE_DIET = [
  'wrong meal', 'wrong meals', 'wrong food', 'wrong dinner', 'wrong lunch', 'wrong breakfast', 'wrong snack', 'incorrect meal', 'incorrect food',
  'regular diet', 'regular tray', 'regular meal', 'regular meals', 'regular food', 'normal diet', 'normal tray', 'normal meal', 'normal food', 'full diet',
  'general diet', 'thin liquids', 'thin liquid', 'thin fluids', 'regular liquids', 'unthickened', 'not thickened', 'solid food', 'solid foods', 'solids',
  'full of sugar', 'full of salt', 'loaded with sugar', 'loaded with salt', 'sugary', 'high potassium', 'high sodium',
];

/** A medical diet or a condition that makes the wrong food dangerous. */
export const DIET_RISKS = [
  'renal', 'kidney', 'kidneys', 'dialysis', 'diabetic', 'diabetes', 'diabetics', 'insulin', 'blood sugar', 'blood sugars', 'npo', 'n p o', 'nil by mouth',
  'nothing by mouth', 'nothing to eat', 'fasting', 'fasted', 'before surgery', 'before her surgery', 'before his surgery', 'before my surgery',
  'before the surgery', 'before her procedure', 'before his procedure', 'before my procedure', 'before the procedure', 'swallow', 'swallowing',
  'dysphagia', 'thickened', 'nectar thick', 'honey thick', 'pureed', 'puree', 'choke', 'chokes', 'choking', 'aspirat*', 'allerg*', 'anaphyla*', 'epipen',
  'epi pen', 'celiac', 'coeliac', 'gluten free', 'low sodium', 'low salt', 'sodium restricted', 'fluid restrict*', 'cardiac diet', 'heart diet',
  'clear liquid', 'clear liquids', 'clear fluids', 'liquid diet', 'soft diet', 'mechanical soft', 'feeding tube', 'tube fed', 'tube feeding', 'potassium',
  'phosphorus', 'restricted diet', 'diet restriction', 'medical diet', 'pku',
];

/** Serving words: with a risk and a "despite", "even though", they tell of food given that should not have been. */
export const SERVED = ['gave', 'given', 'give', 'giving', 'served', 'serve', 'serving', 'brought', 'bring', 'bringing', 'fed', 'feed', 'feeding', 'delivered', 'sent up', 'handed'];

/** Food words a serving word may name. */
export const FOODS = [
  'food', 'meal', 'meals', 'tray', 'trays', 'dinner', 'lunch', 'breakfast', 'snack', 'snacks', 'sandwich', 'dessert', 'cake', 'cookie', 'cookies', 'candy',
  'sweets', 'juice', 'soda', 'pop', 'milk', 'water', 'drink', 'drinks', 'coffee', 'soup', 'pudding', 'jello', 'ice cream', 'bread', 'pasta', 'pizza',
  'peanut*', 'nut', 'nuts', 'shellfish', 'shrimp', 'gluten', 'dairy', 'cheese', 'egg', 'eggs', 'soy', 'sesame', 'fish', 'wheat', 'banana', 'bananas',
  'orange juice', 'potatoes', 'chips', 'sugar', 'salt',
];

/** Words that set the food given against the diet: "even though she's NPO", "despite his allergy". */
export const AGAINST_THE_DIET = [
  // "when she's on a renal diet": the tokenizer keeps "she" of "she's"
  'even though', 'despite', 'although', 'when she', 'when he', 'while she', 'while he', 'when my', 'while my',
  'not supposed to', 'not allowed', 'should not', 'should never', 'can not have', 'can not eat', 'can not drink', 'is allergic', 'was allergic', 'is severely allergic',
  'on her chart', 'on his chart', 'on the chart', 'on her wristband', 'on his wristband', 'on her band', 'on his band', 'clearly marked', 'clearly labeled', 'clearly labelled',
];

/** It happened before: "second time this week", "again", "keeps happening". */
export const REPEATED = [
  'second time', 'third time', 'fourth time', 'fifth time', '2nd time', '3rd time', 'again', 'twice', 'three times', 'several times', 'multiple times',
  'more than once', 'keeps happening', 'kept happening', 'keep happening', 'every time', 'every day', 'every meal', 'repeatedly', 'over and over',
  'not the first time', 'happened before', 'same thing happened', 'same mistake', 'same error',
];

/** What followed: the wrong food hurt the patient. */
export const DIET_CONSEQUENCES = [
  'reaction', 'hives', 'swelled', 'swelling', 'swollen', 'anaphyla*', 'used her epipen', 'used his epipen', 'needed her epipen', 'needed his epipen', 'needed an epipen', 'choked', 'aspirated', 'aspiration pneumonia', 'sugar spiked',
  'sugar shot up', 'sugar went through the roof', 'potassium spiked', 'potassium was high', 'surgery was cancelled', 'surgery was canceled', 'surgery got cancelled',
  'surgery got canceled', 'procedure was cancelled', 'procedure was canceled', 'threw up', 'vomit*', 'could not breathe',
];
