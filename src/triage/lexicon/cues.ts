// Function words that steer how the other lexicons are read: negation, intensity, other hospitals, staff voice.

/** Reverse the polarity of an evaluative word up to three words later in the same clause. */
export const NEGATORS = new Set([
  'not', 'no', 'never', 'without', 'hardly', 'barely', 'nor', 'neither', 'cannot', 'nothing', 'none', 'lack', 'zero', 'little',
  'nunca', 'sin', 'tampoco', 'ni', 'nada', 'jamas', 'ningun', 'ninguna', 'ninguno',
]);

/** Sentences with these are about another provider: their grievances weigh little unless the post blames us too. */
export const ELSEWHERE = [
  'other hospital', 'another hospital', 'previous hospital', 'different hospital', 'local hospital', 'first hospital', 'other hospitals',
  'hospital where i was', 'hospital where i was treated', 'hospital where he was', 'hospital where she was', 'the hospital before', 'other clinic', 'another clinic',
  'previous clinic', 'other doctors', 'previous doctor', 'my gp', 'in the netherlands', 'in holland', 'in my country', 'elsewhere', 'where i was before',
  'was always told', 'before coming here', 'before i came here', 'previous review', 'other reviews', 'negative reviews', 'bad reviews',
  'otro hospital', 'otra clinica', 'hospital anterior', 'medico anterior',
];

/** Comparisons that blame us rather than the other place: "colder than other hospitals". */
export const COMPARISONS = ['compared to other', 'compared with other', 'compared to another', 'than other', 'than in other', 'than another', 'than at other', 'que otros', 'que en otros'];

/** The author works there and writes about working conditions, which is not a patient complaint. */
export const STAFF_VOICE = [
  'i work here', 'i work at', 'i worked here', 'i worked at', 'i work in this', 'as an employee', 'as a nurse here', 'as a staff member',
  'our management', 'my employer', 'my manager', 'my coworkers', 'my co workers', 'my colleagues', 'we are understaffed', 'staff are overworked',
  'former employee', 'current employee', 'employees here', 'working here', 'work environment', 'trabajo aqui', 'trabajo en', 'como empleado', 'como empleada',
];

/** Employment topics: with STAFF_VOICE they mark an employee grievance. */
export const EMPLOYMENT = [
  'management', 'salary', 'pay', 'paid', 'wages', 'shifts', 'shift', 'overtime', 'hr', 'human resources', 'promotion', 'fired', 'interview',
  'hiring', 'job', 'jobs', 'employees', 'coworkers', 'colleagues', 'salario', 'sueldo', 'turnos', 'jefe', 'jefes',
];

/** Openings of a question asking how to do something ("How do I cancel my plan?"): a request, not a reproach. */
export const HOW_TO_QUESTIONS = ['how do i', 'how can i', 'how do we', 'how can we', 'can i', 'could i', 'is it possible', 'is there a way', 'where can i', 'where do i'];

/** The author owns the slip ("I accidentally ordered two", "my mistake, I typed the wrong address"): no failure of the service. */
export const SELF_BLAME = [
  'i accidentally', 'accidentally i', 'i mistakenly', 'i by mistake', 'by mistake i', 'my mistake', 'my fault', 'my bad', 'my own fault', 'i made a mistake',
  'i make mistake', 'i made an error', 'i put the wrong', 'i typed the wrong', 'i entered the wrong', 'i gave the wrong', 'i used the wrong', 'i ordered the wrong',
  'i picked the wrong', 'i chose the wrong', 'i selected the wrong', 'i clicked the wrong', 'i forgot to', 'i have forgotten', 'i messed up', 'i screwed up',
  // a disappointment the author turns on themself
  'disappointed with myself', 'disappointed in myself', 'annoyed with myself', 'annoyed at myself', 'angry at myself', 'angry with myself', 'mad at myself',
  'sin querer', 'fue mi culpa', 'es mi culpa', 'me equivoque',
];

/** Sympathy for someone else in a thread: "so sorry this happened to you, that's awful" complains of nothing itself. */
export const SYMPATHY_TO_OTHER = [
  'sorry this happened to you', 'sorry that happened to you', 'sorry it happened to you', 'sorry you went through', 'sorry you had to go through',
  'sorry you are going through', 'sorry you re going through', 'sorry youre going through', 'sorry for what you', 'sorry for your loss', 'sending hugs',
  'sending love', 'sending prayers', 'hope your .. gets better', 'hope you feel better', 'hope you get answers', 'what you are going through', 'what you re going through', 'what youre going through', 'siento mucho lo que', 'lamento lo que le',
];

/**
 * What a commenter in someone else's thread tells that person to do about us: "ask for the charge nurse", "tell them
 * he's on blood thinners", "you should call patient relations". These open a sentence (after "also", "just", a name).
 */
export const ADVICE_OPENERS = [
  'ask for', 'ask to', 'ask them', 'ask the', 'ask about', 'ask if', 'ask triage', 'ask a', 'ask someone', 'ask who', 'request a', 'request the', 'insist on', 'insist that',
  'demand to', 'demand a', 'tell them', 'tell the', 'tell someone', 'call the', 'call patient', 'call risk', 'call their', 'contact the', 'contact patient',
  'contact their', 'email the', 'email patient', 'go up to', 'go to the desk', 'go back to the desk', 'go to the front', 'go back up', 'go to patient',
  'speak to', 'speak with', 'speak up', 'talk to', 'talk with', 'complain to', 'file a', 'file an', 'report it', 'report this', 'report them', 'escalate',
  'push for', 'push them', 'keep pushing', 'keep calling', 'keep asking', 'keep at', 'do not leave', 'do not let them', 'do not give up', 'do not take no',
  'do not back down', 'do not sign', 'make sure you', 'make sure they', 'make sure he', 'make sure she', 'make sure someone', 'write to', 'write down', 'write everything', 'document everything', 'get it in writing', 'get the name',
  'get names', 'get a second opinion', 'get a copy', 'say it loud', 'be loud', 'be persistent', 'be pushy', 'advocate for', 'leave a review',
  'pregunta por', 'pide hablar', 'pidan hablar', 'llama a', 'exige', 'no te vayas', 'no se vayan',
];

/** Openings of advice to the reader anywhere in a sentence: "you should ...", "if I were you", "I'd ...". */
export const ADVICE_LEADS = ['you should', 'you need to', 'you have to', 'you can', 'you could', 'you might want to', 'i would', "i'd", 'id', 'try to', 'be sure to', 'make sure to', 'make sure you'];
/** What such a lead advises: "you should ask for the patient advocate", "I would call patient relations". */
export const ADVICE_VERBS = [
  'ask', 'request', 'insist', 'demand', 'complain to', 'file a', 'file an', 'report it', 'report this', 'report them', 'contact', 'escalate', 'speak to', 'speak with',
  'talk to', 'talk with', 'go to the', 'go up to', 'reach out', 'push for', 'call the', 'call patient', 'call risk', 'write to', 'get a copy', 'get it in writing',
  'get the name', 'get a second opinion', 'leave a review',
];
/** Advice that needs no verb after it. */
export const ADVICE_TO_OTHER = ['if i were you', 'if i was you', 'in your shoes', 'my advice', 'my suggestion', 'i suggest you', 'i recommend you', 'i would recommend asking', 'yo que tu', 'yo que usted'];

/**
 * Sympathy for someone else in their thread: "praying for your dad", "hope he's ok", "so sorry". Told to another
 * poster, it complains of nothing itself; only read so in a comment thread.
 */
export const SYMPATHY_IN_THREAD = [
  'praying for', 'prayers for', 'prayers to', 'prayers your way', 'thinking of you', 'thinking of your', 'thoughts are with', 'so sorry', 'sorry to hear',
  'sorry you', 'sorry your', 'sorry about your', 'sorry for you', 'hugs to you', 'sending hugs', 'big hugs', 'hang in there', 'stay strong', 'wishing you',
  'wishing your', 'get well soon', 'hope your .. ok', 'hope your .. okay', 'hope your .. better', 'hope your .. well', 'hope he .. ok', 'hope he .. okay',
  'hope she .. ok', 'hope she .. okay', 'hope he .. better', 'hope she .. better', 'hope they .. ok', 'hope you .. ok', 'hope you .. okay', 'hope you feel',
  'hope you get', 'hope everything', 'hope all', 'good luck to you', 'good luck with', 'lo siento mucho', 'cuanto lo siento', 'mucho animo', 'oraciones por',
  'que se mejore', 'espero que se mejore',
];

/** Words by which authors speak of themselves and theirs: a sentence with one tells of their own experience. */
export const FIRST_PERSON = [
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', "i'm", 'im', "i've", 'ive', "i'd", "i'll", "we're", "we've", "we'd", "we'll",
  'yo', 'mi', 'mis', 'nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nos',
];

/**
 * Hashtag stems of a let-down customer, matched at the start or end of a hashtag written as one word
 * ("#epicfail", "#notimpressed", "#worstserviceever", "#neveragain").
 */
export const COMPLAINING_HASHTAG = [
  'fail', 'worst', 'notimpressed', 'nothappy', 'unhappy', 'disappoint', 'neveragain', 'notcool', 'notok', 'unacceptable', 'badservice', 'poorservice',
  'terribleservice', 'noservice', 'ripoff', 'scam', 'shameonyou', 'sucks', 'fixit', 'fixthis', 'dobetter', 'frustrat', 'annoyed', 'fedup', 'furious',
  'useless', 'pathetic', 'ridiculous', 'joke', 'boycott', 'letdown', 'stillwaiting', 'wtf', 'smh', 'whatajoke', 'nothelpful', 'rubbish',
  'embarrassing', 'outrageous', 'disgrace', 'disgusting', 'awful', 'horrible', 'terrible',
];
