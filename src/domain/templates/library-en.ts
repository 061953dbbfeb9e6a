// English reply templates. Public wording never confirms that the reader was a patient: it speaks of
// "your experience" and "what you describe", and points to the approved patient-experience contacts.
import { defineTemplates } from './define.js';

export const TEMPLATES_EN = defineTemplates('en', [
  {
    scenario: 'apology_offline',
    channel: 'public',
    version: 1,
    long: [
      "We're sorry to hear this. What you describe is not the experience we want anyone to have at {{siteName}}, and we'd like to understand more. Because of privacy laws we can't discuss details here, but our patient experience team would welcome a conversation. Please call {{pxPhone}} or email {{pxEmail}}.",
      "Thank you for telling us about this, and we apologize for the frustration. We take feedback like yours seriously and would like to talk with you directly. Please reach our patient experience team at {{pxPhone}} or {{pxEmail}}. — {{agentFirstName}}, {{orgName}} Patient Experience",
      "We hear you, and we're sorry. Everyone deserves to feel respected and heard, and we'd like the chance to learn more and make things right where we can. Please contact our patient experience team privately at {{pxEmail}} or {{pxPhone}}.",
    ],
    short: [
      "We're sorry to hear this and want to learn more. Please call our patient experience team at {{pxPhone}} or email {{pxEmail}}.",
      "We hear you, and we're sorry. Please reach out privately at {{pxPhone}} so we can talk. — {{agentFirstName}}",
    ],
  },
  {
    scenario: 'praise_thanks',
    channel: 'public',
    version: 1,
    long: [
      "Thank you so much for taking the time to share this! We'll make sure the team at {{siteName}} sees your kind words. They mean a great deal to everyone here.",
      "What a wonderful message to receive. Our staff work hard to make people feel welcome, and feedback like yours reminds them why it matters. Thank you for sharing it with us! — {{agentFirstName}}, {{orgName}}",
      "We're so glad to read this. Thank you for recognizing our team; we'll pass your words along to everyone at {{siteName}}.",
    ],
    short: [
      'Thank you for the kind words! We will share them with the team at {{siteName}}.',
      "This made our day. Thank you for taking the time to write! — {{agentFirstName}}, {{orgName}}",
    ],
  },
  {
    scenario: 'billing',
    channel: 'public',
    version: 1,
    long: [
      "We understand how confusing and stressful billing questions can be, and we're sorry for the frustration. We can't discuss account details here, but our team would be glad to walk through any questions with you privately. Please call {{pxPhone}} or email {{pxEmail}}.",
      "Thank you for raising this. Billing questions deserve clear answers, and our patient financial services team can review them with you privately, including payment options and financial assistance. Please contact us at {{pxPhone}}.",
      "We're sorry for the frustration. To protect your privacy we can't look at billing details in a public post, but we'd like to help. Please reach out to {{pxEmail}} or {{pxPhone}} and we'll connect you with the right person at {{orgName}}.",
    ],
    short: [
      "We're sorry for the frustration with billing. Our team can help privately: please call {{pxPhone}} or email {{pxEmail}}.",
      'Billing questions deserve clear answers. Please call {{pxPhone}} so we can help privately. — {{agentFirstName}}',
    ],
  },
  {
    scenario: 'wait_time',
    channel: 'public',
    version: 1,
    long: [
      "We're sorry for the long wait. We know how hard waiting is, especially when you're worried, and we're working to keep people better informed. We'd like to hear more about what you describe; please contact our patient experience team at {{pxPhone}} or {{pxEmail}}.",
      "Thank you for your patience and for letting us know. Waits at {{siteName}} can be longer when we are very busy, but that doesn't make them less frustrating. We'd welcome your ideas for doing better. Please reach us at {{pxPhone}}.",
      "We hear you: long waits are frustrating, and we're sorry. We're reviewing how we keep people updated while they wait. If you're willing to share more, please call our patient experience team at {{pxPhone}}. — {{agentFirstName}}",
    ],
    short: [
      "We're sorry for the long wait and want to do better. Please call our patient experience team at {{pxPhone}}.",
      'Long waits are frustrating, and we are sorry. We would like to hear more: {{pxPhone}} or {{pxEmail}}.',
    ],
  },
  {
    scenario: 'on_site_now',
    channel: 'public',
    version: 1,
    long: [
      "We're sorry, and we want to help right now. A member of our team is coming to find you. Please send us a direct message with where you are at {{siteName}}, or call {{pxPhone}} and we'll meet you.",
      "Thank you for reaching out. We'd like to help right away: please send us a direct message with your location in the building, or call {{pxPhone}}, and someone from our patient experience team will come to you. — {{agentFirstName}}",
      "We see your post and want to help now. Please send us a private message with where you are at {{siteName}}, and a member of our team will come to find you. You can also call {{pxPhone}}.",
    ],
    short: [
      'We want to help now. Please DM us where you are at {{siteName}} or call {{pxPhone}}, and someone will come find you.',
      "We're coming to find you. Please DM us your location in the building or call {{pxPhone}}. — {{agentFirstName}}",
    ],
  },
  {
    scenario: 'holding_clinical_legal',
    channel: 'public',
    version: 1,
    long: [
      'Thank you for reaching out. We take concerns like this seriously and would like to speak with you directly. Please contact our patient experience team at {{pxPhone}}.',
      'We have received your message and would like to talk with you privately. Please call {{pxPhone}} or email {{pxEmail}}.',
      'Thank you for contacting {{orgName}}. Please reach our patient experience team at {{pxPhone}} so we can speak with you directly.',
    ],
    short: [
      'We take this seriously and would like to talk with you directly. Please call {{pxPhone}}.',
      'Thank you for reaching out. Please contact us privately at {{pxPhone}} or {{pxEmail}}.',
    ],
  },
  {
    // Someone may be at risk of harming themselves: the public reply points to help that answers at once (988, 911)
    // and moves the conversation private, without saying anything about them or their care.
    scenario: 'crisis_support',
    channel: 'public',
    version: 1,
    long: [
      "We're glad you reached out, and we want to help. If you are thinking about harming yourself, please call or text 988 (Suicide & Crisis Lifeline) now, or call 911. You can also send us a private message, and someone from our team will respond right away.",
      "We see your post and we care about your safety. Free, confidential support is available 24/7: call or text 988. If you are in immediate danger, call 911 or go to the nearest emergency department. Please send us a direct message too. — {{agentFirstName}}, {{orgName}}",
      "Thank you for telling us how you're feeling. You don't have to go through this alone: call or text 988 any time, day or night, or call 911 if you are in danger. We've also asked our team to reach out; please check your messages.",
    ],
    short: [
      'We care about your safety. Please call or text 988 now (Suicide & Crisis Lifeline), or 911 if you are in danger. Please DM us too.',
      "You're not alone. Call or text 988 any time, or 911 in an emergency. Send us a message and we'll respond right away. — {{agentFirstName}}",
    ],
  },
  {
    // The same crisis, answered in a private message or email: the numbers that answer now come before anything
    // else, then a person from our team and the site's approved contact. Nothing about their care or what they wrote.
    scenario: 'crisis_private',
    channel: 'private',
    version: 1,
    long: [
      "Hello,\n\nI'm {{agentFirstName}} from {{orgName}}, and I'm glad you reached out. Your safety matters to us. If you are thinking about harming yourself, please call or text 988 (Suicide & Crisis Lifeline) now: it is free, confidential and open 24 hours a day. If you are in immediate danger, call 911 or go to the nearest emergency department.\n\nWe would like to talk with you too. You can reply here or call our team at {{pxPhone}}.\n\n{{agentFirstName}}\n{{orgName}} Patient Experience",
      "Hi,\n\nThank you for contacting {{orgName}}. We care about your safety. You can call or text 988 (Suicide & Crisis Lifeline) any time, day or night, to talk with someone right away. If you are in danger right now, please call 911.\n\nSomeone from our team would also like to hear from you: reply to this message, call {{pxPhone}} or email {{pxEmail}}.\n\n{{agentFirstName}}, {{siteName}}",
      "Hello,\n\nThis is {{agentFirstName}} with {{orgName}}. You don't have to go through this alone. Please call or text 988 (Suicide & Crisis Lifeline) now to talk with someone who can help, or call 911 if you are in immediate danger.\n\nOur team is here for you as well. Reply here whenever you're ready, or reach us at {{pxPhone}}.\n\n{{agentFirstName}}",
    ],
    short: [
      "We care about your safety. Please call or text 988 (Suicide & Crisis Lifeline) now, or 911 if you are in danger. You can also reply here or call us at {{pxPhone}}. — {{agentFirstName}}",
      "You're not alone. Call or text 988 any time to talk with someone now, or call 911 in an emergency. We're here too: reply here or call {{pxPhone}}. — {{agentFirstName}}, {{orgName}}",
    ],
  },
  {
    // Sent after a public post as often as after a private message, so it names neither: "what you shared with us".
    scenario: 'private_outreach',
    channel: 'private',
    version: 2,
    long: [
      "Hello,\n\nI'm {{agentFirstName}} from the patient experience team at {{orgName}}. Thank you for what you shared with us, and I'm sorry for what you went through. I'd like to hear more and help where I can. When is a good time to talk? You can also reach our team at {{pxPhone}} or {{pxEmail}}.\n\n{{agentFirstName}}\nPatient Experience, {{siteName}}",
      "Hello,\n\nThank you for sharing your concerns with us. My name is {{agentFirstName}}, and I work with the patient experience team at {{siteName}}. I'd like to understand what happened and make sure the right people look into it. Could you let me know the best number and time to reach you?\n\nWith thanks,\n{{agentFirstName}}\n{{orgName}} Patient Experience, {{pxPhone}}",
      "Hi,\n\nThis is {{agentFirstName}} with {{orgName}} patient experience. I read what you shared with us and want you to know it has reached the right team. I'd welcome a conversation at a time that suits you; you can reply here or call {{pxPhone}}.\n\nBest regards,\n{{agentFirstName}}",
    ],
    short: [
      "Hi, I'm {{agentFirstName}} from {{orgName}} patient experience. I'm sorry for what you went through and would like to help. When is a good time to talk? You can also call {{pxPhone}}.",
      "Hi, this is {{agentFirstName}} with {{orgName}}. Thank you for telling us about this. Could you share the best number and time to reach you? Or call us at {{pxPhone}}.",
    ],
  },
]);
