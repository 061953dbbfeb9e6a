// The written policy on responding to online reviews, as regulators ask to see it. It describes exactly
// what checkReply enforces; bump the version whenever a rule changes so stored results show which policy applied.
export const GUARD_POLICY_VERSION = 'reply-guard@1.16.0';

export const GUARD_POLICY = `# Policy on public replies to patient reviews and posts (${GUARD_POLICY_VERSION})

Every reply drafted in Redress is checked against this policy before it can be posted. A **block** stops
posting until the draft is changed; a **warn** asks the author to look again.

## Public replies (Facebook, Google, Yelp, X, Reddit and other public pages)

We never confirm, in public, that anyone is or was our patient, and we disclose nothing from a patient's
record, even when the reviewer has disclosed it first.

1. **Care relationship (block).** No wording that confirms care: "your visit", "your stay", "your surgery",
   "your test results", "your appointment", "when you were here", "as your physician", "during your
   treatment", "our records show", and the same for relatives ("your mother's care", "hope your sister is doing
   better": a relative spoken of in a reply is taken to be our patient, and so is one the post named when the reply
   speaks of them by name: "we're so sorry Ethan's family felt left out"). Say "your experience" or "what you
   describe" instead, and name a relative only in an invitation ("if you or your loved one has questions"). A detail that only the reader's own record holds (their diagnosis, their bill,
   their account number, the date they came in) confirms care as well; what their insurance covers, or which insurer
   they have, does not, nor does a deadline we give them ("send it by March 15").
   Greeting them as one of ours ("thanks for being a loyal customer of our pharmacy", "welcome to the practice",
   "welcome to the St. Mary's family", though not a new colleague) or
   booking them in ("see you at your next visit", "see you at your 3-month check", "come see us again in three months",
   "see you next year", "see you next time", though not at an event we announce) or expecting them back ("when you come
   back to us", "our nurses look forward to seeing you each week") confirms
   care too, and so do a clinician of any trade speaking as theirs ("as your dentist"), a visit told back ("glad you got
   in and out so fast", "glad we could get you in and out", "glad Sunday went smoothly for you at urgent care"), staff who
   remember meeting them ("our nurses loved meeting him", "our phlebotomists said you were the sweetest", "you were her
   first draw", "the team remembers how hard you worked", "he worked so hard on those dressing changes", "the unit will
   miss seeing him", "the office came by to see her on 3 West", "glad our counselor could be there for you"), their new
   joint, the anniversary of their surgery ("happy surgiversary") or their next round of treatment, a reading of their vitals
   ("a fever of 104"), anyone's care or condition confirmed to a third party ("is being cared for by our trauma team",
   "the gentleman brought in from the crash is stable", "she is comfortable", "the recipient of his kidney is doing
   well"), where someone lies ("he's in 6 East", "5 West is on the fifth floor", "room 14", "in his room", "the charge nurse
   is on the way to your room", a numbered ward the post told as where they stayed), care under way ("the team caring for
   him"), a lookup under their account ("I checked under your account"), a study they are enrolled in ("thank you for being part of the trial"), and one
   particular person brought in ("the 3 a.m. flight was bringing in a teenager"). A moment of care said of anyone
   ("nurses who visit at home after surgery") is a service, not a confirmation, and so is helping them choose a clinician ("we can help you find a new
   pediatrician"). Texting shorthand counts as written out ("glad u got ur shot").
2. **Names (block).** No names of patients or relatives: not the reviewer's real name when they posted under
   a handle (nor greet or address them by any name but the one they posted under: "Hi Nadia", "we're so sorry, Nadia"), not anyone named in the post (relatives or
   staff), and no personal names generally ("Mr. …", "Dr. …", first names). Naming the clinician in answer to someone's review says who treated them. The
   reviewer may be greeted by the public display name they posted under; staff may introduce or sign
   themselves ("I'm Ana from Patient Experience", "Ms. Carter here from Patient Relations"), though not a clinician the
   review names, a reply may point to a colleague by a role or a desk that treats nobody ("our patient advocate, Maria",
   "Ms. Carter in Patient Relations", "Jessica in our billing office", "nuestra coordinadora bilingüe, Carmen"), and
   announcements may name staff, with or without credentials ("nurse-midwives Lena Hart and Rosa Delgado are joining
   Riverbend North"). A relative's name with a kinship title in the post ("Grandpa Lou") is a relative's.
3. **Dates and times of service (block).** No calendar dates in a sentence addressed to the reader, and no
   "last Tuesday", "yesterday", "today", "at 3 a.m." when the sentence is about the visit ("our nurse practitioner said
   she was such a trooper today"); the time of our own follow-up ("we'll call you back tonight") is not a visit. Dates of our own events in an
   announcement are warned about only; opening hours and times that recur or apply to everyone ("tours every
   Saturday at 10 am", "walk-ins Tuesdays 1–5 pm", "all visitors enter through the ER after 9 pm", "open 24/7, including Thanksgiving") are schedules, not visits.
4. **Clinical details (block when personal or repeated from the post, warn otherwise).** No diagnoses,
   conditions, procedures, tests or medications tied to the reader ("your chemo") or repeated from their post, even
   when the reply speaks of it in general ("strep is going around", "RSV season is rough on families"); said of
   everyone like that, it is an echo of the post but does not by itself confirm care. A recovery named after the
   procedure the post told as the author's ("bypass recovery takes time") echoes it too; a service the post only names
   ("I donated to your hospice fund") is no one's care, and the reply may name it. A weight the post told ("down 112
   lbs") and the preparation for a procedure it told of ("the prep") are echoes too, and so is a treatment the reader is
   told to keep on with ("keep taking those blood pressure meds"). A condition said of the people we serve ("many of the
   people we feed have heart failure") is said of everyone.
   Naming our services in general ("our emergency department", "our oncology team") is allowed, and so is
   answering a question about what we offer in its own words ("Do you have an addiction program?", "Looking for a
   dialysis center taking new patients"). Never a test
   result ("the biopsy came back benign", "nothing that needs follow-up") nor a clinician's reading of someone ("your
   radiologist said it's most likely nothing").
5. **Insurance and money (block).** No amounts of money in a sentence addressed to the reader or about a bill,
   no references to the reader's insurance, bill, balance, claim or copay (nor what we did with them, "we located
   the claim", or where a charge came from, "the difference comes from the biopsy"), no insurer the reader named as their own
   ("Molina denied my claim", even in a post that ends on a question), and no amount the post told as the author's charge.
   A price the post only quotes ("Valet is $12??") is ours, not theirs, and is warned about only. Answering a question about which plans we accept ("Do you take Medicaid?") is a fact
   about us and is allowed, whether "we" or a site by its name accepts them, and so is answering a question about our prices ("How much is a cleaning without
   insurance?") with a list price in a sentence not addressed to the reader nor about a bill; general "billing
   questions" and amounts in announcements (a donation, a grant) are allowed too.
6. **Identifiers (block).** No medical record, account, claim, member or policy numbers, Social Security
   numbers or dates of birth. Long numbers that may be identifiers, our own case references included, are warned about,
   and blocked when they repeat a number the reader posted, however it is punctuated. A complaint's ticket or a parking
   citation's number is not a record of care.
7. **Contacts (block).** Only the phone numbers and email addresses the organization approved for public
   use (organization and site patient-experience contacts). No staff direct lines, extensions or personal
   mailboxes.
8. **Promises (block).** No promises of refunds, waived or written-off bills ("we're writing it off", "please don't pay it", "no tiene que
   pagar esa factura"), compensation, guaranteed
   results ("you WILL hit your goal weight"), special treatment next time (priority, a private room, a place ahead of or first in line; "le daremos prioridad"), or "this will never happen again". No
   word on what happens to a colleague (fired, disciplined, "held accountable"). Promise to listen and review,
   not an outcome.
9. **Arguing or blaming (warn).** No disputing the reviewer's account ("that is not true", "we don't believe
   our cafeteria was the cause"), flatly denying it ("that isn't accurate", "that's not how we operate"), blaming them
   ("you failed to", "it's every patient's responsibility to follow it"), or citing our records, our systems or our attempts to reach them against their account ("our system shows you
   received three reminders", which also confirms care; "our recruiter emailed you twice").
10. **Confidential cases (block).** No public reply at all on a case marked confidential.
11. **Length (block).** Replies must fit the platform's limit (280 characters on X).
12. **Template blanks (warn).** A blank left from a template ("[Patient Name]", "{{first_name}}", "[Insert closing]")
    is taken out, never filled with the reviewer's name or visit details.

## Private replies (direct messages, email)

A private reply goes to the person who contacted us, so it may acknowledge their own care, dates, clinical
and billing details when needed. Still enforced: no promises of refunds or outcomes (block), no arguing or
blaming (warn), names of other people and record or account identifiers are warned about (identity must be
verified before any detail is discussed), the length limit and template blanks.

## Language

Rules apply to English and Spanish replies.
`;
