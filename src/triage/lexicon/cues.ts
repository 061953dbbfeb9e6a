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
 * Hashtag stems of a let-down customer, matched at the start or end of a hashtag written as one word
 * ("#epicfail", "#notimpressed", "#worstserviceever", "#neveragain").
 */
export const COMPLAINING_HASHTAG = [
  'fail', 'worst', 'notimpressed', 'nothappy', 'unhappy', 'disappoint', 'neveragain', 'notcool', 'notok', 'unacceptable', 'badservice', 'poorservice',
  'terribleservice', 'noservice', 'ripoff', 'scam', 'shameonyou', 'sucks', 'fixit', 'fixthis', 'dobetter', 'frustrat', 'annoyed', 'fedup', 'furious',
  'useless', 'pathetic', 'ridiculous', 'joke', 'boycott', 'letdown', 'stillwaiting', 'wtf', 'smh', 'whatajoke', 'nothelpful', 'rubbish',
  'embarrassing', 'outrageous', 'disgrace', 'disgusting', 'awful', 'horrible', 'terrible',
];
