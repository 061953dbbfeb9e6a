// Spanish reply templates (usted), the same scenarios and the same privacy rules as the English ones.
import { defineTemplates } from './define.js';

export const TEMPLATES_ES = defineTemplates('es', [
  {
    scenario: 'apology_offline',
    channel: 'public',
    version: 1,
    long: [
      'Lamentamos mucho leer esto. Lo que nos describe no es la experiencia que queremos para nadie en {{siteName}}, y nos gustaría saber más. Por las leyes de privacidad no podemos hablar de detalles aquí, pero nuestro equipo de experiencia del paciente quisiera conversar con usted. Llame al {{pxPhone}} o escriba a {{pxEmail}}.',
      'Gracias por contarnos esto, y le pedimos disculpas por la frustración. Tomamos muy en serio comentarios como el suyo y quisiéramos hablar con usted directamente. Comuníquese con nuestro equipo de experiencia del paciente al {{pxPhone}} o a {{pxEmail}}. — {{agentFirstName}}, equipo de Experiencia del Paciente de {{orgName}}',
      'Le escuchamos y lo sentimos. Todas las personas merecen sentirse respetadas y escuchadas, y nos gustaría la oportunidad de saber más. Por favor comuníquese en privado con nuestro equipo al {{pxEmail}} o al {{pxPhone}}.',
    ],
    short: [
      'Lamentamos leer esto y queremos saber más. Llame a nuestro equipo de experiencia del paciente al {{pxPhone}} o escriba a {{pxEmail}}.',
      'Le escuchamos y lo sentimos. Comuníquese en privado al {{pxPhone}} para conversar. — {{agentFirstName}}, equipo de Experiencia del Paciente',
    ],
  },
  {
    scenario: 'praise_thanks',
    channel: 'public',
    version: 1,
    long: [
      '¡Muchas gracias por tomarse el tiempo de escribirnos! Nos aseguraremos de que el equipo de {{siteName}} lea sus amables palabras. Significan mucho para todos aquí.',
      'Qué mensaje tan bonito. Nuestro personal trabaja mucho para que todos se sientan bienvenidos, y comentarios como el suyo les recuerdan por qué es importante. ¡Gracias por compartirlo! — {{agentFirstName}}, equipo de {{orgName}}',
      'Nos alegra mucho leer esto. Gracias por reconocer a nuestro equipo; compartiremos sus palabras con todos en {{siteName}}.',
    ],
    short: [
      '¡Gracias por sus amables palabras! Las compartiremos con el equipo de {{siteName}}.',
      '¡Nos alegró el día! Gracias por escribirnos. — {{agentFirstName}}, equipo de {{orgName}}',
    ],
  },
  {
    scenario: 'billing',
    channel: 'public',
    version: 1,
    long: [
      'Entendemos lo confusas y estresantes que pueden ser las preguntas de facturación, y lamentamos la frustración. No podemos hablar de detalles aquí, pero nuestro equipo con gusto revisará sus preguntas en privado. Llame al {{pxPhone}} o escriba a {{pxEmail}}.',
      'Gracias por comentarnos esto. Las preguntas de facturación merecen respuestas claras, y nuestro equipo de servicios financieros puede revisarlas con usted en privado, incluidas las opciones de pago y la asistencia financiera. Llámenos al {{pxPhone}}.',
      'Lamentamos la frustración. Para proteger su privacidad no podemos revisar detalles de facturación en una publicación, pero queremos ayudarle. Escriba a {{pxEmail}} o llame al {{pxPhone}} y le pondremos en contacto con la persona indicada en {{orgName}}.',
    ],
    short: [
      'Lamentamos la frustración con la facturación. Nuestro equipo puede ayudarle en privado: llame al {{pxPhone}} o escriba a {{pxEmail}}.',
      'Las preguntas de facturación merecen respuestas claras. Llame al {{pxPhone}} para que le ayudemos en privado. — {{agentFirstName}}, equipo de Experiencia del Paciente',
    ],
  },
  {
    scenario: 'wait_time',
    channel: 'public',
    version: 1,
    long: [
      'Lamentamos la larga espera. Sabemos lo difícil que es esperar, sobre todo cuando hay preocupación, y trabajamos para mantener a las personas mejor informadas. Nos gustaría saber más sobre lo que nos describe; comuníquese con nuestro equipo de experiencia del paciente al {{pxPhone}} o a {{pxEmail}}.',
      'Gracias por su paciencia y por avisarnos. Las esperas en {{siteName}} pueden ser más largas cuando hay mucha demanda, pero eso no las hace menos frustrantes. Nos encantaría escuchar sus ideas para mejorar. Llámenos al {{pxPhone}}.',
      'Le entendemos: las esperas largas son frustrantes, y lo sentimos. Estamos revisando cómo mantenemos informadas a las personas mientras esperan. Si desea contarnos más, llame a nuestro equipo al {{pxPhone}}. — {{agentFirstName}}, equipo de Experiencia del Paciente',
    ],
    short: [
      'Lamentamos la larga espera y queremos mejorar. Llame a nuestro equipo de experiencia del paciente al {{pxPhone}}.',
      'Las esperas largas son frustrantes y lo sentimos. Queremos saber más: {{pxPhone}} o {{pxEmail}}.',
    ],
  },
  {
    scenario: 'on_site_now',
    channel: 'public',
    version: 1,
    long: [
      'Lo sentimos y queremos ayudarle ahora mismo. Una persona de nuestro equipo va a buscarle. Envíenos un mensaje directo indicando dónde se encuentra en {{siteName}}, o llame al {{pxPhone}} y le encontraremos.',
      'Gracias por escribirnos. Queremos ayudarle de inmediato: envíenos un mensaje directo con su ubicación en el edificio, o llame al {{pxPhone}}, y alguien de nuestro equipo de experiencia del paciente irá a verle. — {{agentFirstName}}, equipo de Experiencia del Paciente',
      'Vimos su publicación y queremos ayudarle ya. Envíenos un mensaje privado indicando dónde está en {{siteName}} y una persona de nuestro equipo irá a buscarle. También puede llamar al {{pxPhone}}.',
    ],
    short: [
      'Queremos ayudarle ahora. Envíenos un mensaje directo con dónde está en {{siteName}} o llame al {{pxPhone}} y alguien irá a buscarle.',
      'Vamos a buscarle. Envíenos su ubicación en el edificio por mensaje directo o llame al {{pxPhone}}. — {{agentFirstName}}, equipo de Experiencia del Paciente',
    ],
  },
  {
    scenario: 'holding_clinical_legal',
    channel: 'public',
    version: 1,
    long: [
      'Gracias por comunicarse con nosotros. Tomamos muy en serio inquietudes como esta y quisiéramos hablar con usted directamente. Comuníquese con nuestro equipo de experiencia del paciente al {{pxPhone}}.',
      'Hemos recibido su mensaje y quisiéramos hablar con usted en privado. Llame al {{pxPhone}} o escriba a {{pxEmail}}.',
      'Gracias por comunicarse con {{orgName}}. Comuníquese con nuestro equipo de experiencia del paciente al {{pxPhone}} para que podamos hablar con usted directamente.',
    ],
    short: [
      'Tomamos esto en serio y quisiéramos hablar con usted directamente. Llame al {{pxPhone}}.',
      'Gracias por escribirnos. Comuníquese en privado al {{pxPhone}} o a {{pxEmail}}.',
    ],
  },
  {
    scenario: 'crisis_support',
    channel: 'public',
    version: 1,
    long: [
      'Gracias por escribirnos; queremos ayudarle. Si está pensando en hacerse daño, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, con atención en español) ahora mismo, o llame al 911. También puede enviarnos un mensaje privado y alguien de nuestro equipo le responderá de inmediato.',
      'Vemos su mensaje y nos importa su seguridad. Hay apoyo gratuito y confidencial las 24 horas: llame o envíe un texto al 988. Si está en peligro inmediato, llame al 911 o acuda a la sala de emergencias más cercana. Envíenos también un mensaje directo. — {{agentFirstName}}, {{orgName}}',
      'Gracias por contarnos cómo se siente. No tiene que pasar por esto solo: llame o envíe un texto al 988 a cualquier hora, o al 911 si está en peligro. Nuestro equipo también se comunicará con usted; revise sus mensajes.',
    ],
    short: [
      'Nos importa su seguridad. Llame o envíe un texto al 988 ahora, o al 911 si está en peligro. Escríbanos también por mensaje privado.',
      'No está solo. Llame o envíe un texto al 988 a cualquier hora, o al 911 en una emergencia. Escríbanos y le responderemos de inmediato. — {{agentFirstName}}',
    ],
  },
  {
    scenario: 'crisis_private',
    channel: 'private',
    version: 1,
    long: [
      'Hola:\n\nSoy {{agentFirstName}}, de {{orgName}}, y me alegra que nos haya escrito. Nos importa su seguridad. Si está pensando en hacerse daño, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, con atención en español) ahora mismo: es gratuita, confidencial y atiende las 24 horas. Si está en peligro inmediato, llame al 911 o acuda a la sala de emergencias más cercana.\n\nTambién queremos hablar con usted. Puede responder aquí o llamar a nuestro equipo al {{pxPhone}}.\n\n{{agentFirstName}}\nExperiencia del Paciente de {{orgName}}',
      'Hola:\n\nGracias por comunicarse con {{orgName}}. Nos importa su seguridad. Puede llamar o enviar un texto al 988 (Línea de Prevención del Suicidio y Crisis) a cualquier hora, de día o de noche, para hablar con alguien de inmediato. Si está en peligro ahora mismo, llame al 911.\n\nAlguien de nuestro equipo también quisiera saber de usted: responda a este mensaje, llame al {{pxPhone}} o escriba a {{pxEmail}}.\n\n{{agentFirstName}}, {{siteName}}',
      'Hola:\n\nLe escribe {{agentFirstName}}, de {{orgName}}. No tiene que pasar por esto solo. Llame o envíe un texto al 988 (Línea de Prevención del Suicidio y Crisis) ahora para hablar con alguien que puede ayudarle, o llame al 911 si está en peligro inmediato.\n\nNuestro equipo también está aquí para usted. Responda aquí cuando quiera, o llámenos al {{pxPhone}}.\n\n{{agentFirstName}}',
    ],
    short: [
      'Nos importa su seguridad. Llame o envíe un texto al 988 ahora, o al 911 si está en peligro. También puede responder aquí o llamarnos al {{pxPhone}}. — {{agentFirstName}}',
      'No está solo. Llame o envíe un texto al 988 a cualquier hora para hablar con alguien, o al 911 en una emergencia. Estamos aquí: responda o llame al {{pxPhone}}. — {{agentFirstName}}',
    ],
  },
  {
    // Neutral wording ("lo que nos compartió"): it follows a public post as often as a private message.
    scenario: 'private_outreach',
    channel: 'private',
    version: 2,
    long: [
      'Hola:\n\nSoy {{agentFirstName}}, del equipo de experiencia del paciente de {{orgName}}. Gracias por lo que nos compartió; lamento mucho lo que vivió. Me gustaría saber más y ayudar en lo que pueda. ¿Cuándo le viene bien conversar? También puede comunicarse con nuestro equipo al {{pxPhone}} o a {{pxEmail}}.\n\n{{agentFirstName}}\nExperiencia del Paciente, {{siteName}}',
      'Hola:\n\nGracias por compartir sus inquietudes con nosotros. Me llamo {{agentFirstName}} y trabajo con el equipo de experiencia del paciente de {{siteName}}. Quisiera entender lo ocurrido y asegurarme de que las personas indicadas lo revisen. ¿Me podría indicar el mejor número y horario para comunicarme con usted?\n\nGracias,\n{{agentFirstName}}\nExperiencia del Paciente de {{orgName}}, {{pxPhone}}',
      'Hola:\n\nLe escribe {{agentFirstName}}, del equipo de experiencia del paciente de {{orgName}}. Leí lo que nos compartió y quiero que sepa que llegó al equipo indicado. Con gusto conversaremos cuando le convenga; puede responder aquí o llamar al {{pxPhone}}.\n\nSaludos cordiales,\n{{agentFirstName}}',
    ],
    short: [
      'Hola, soy {{agentFirstName}}, del equipo de experiencia del paciente de {{orgName}}. Lamento lo que vivió y quisiera ayudar. ¿Cuándo podemos hablar? También puede llamar al {{pxPhone}}.',
      'Hola, le escribe {{agentFirstName}}, de {{orgName}}. Gracias por contarnos esto. ¿Cuál es el mejor número y horario para llamarle? O llámenos al {{pxPhone}}.',
    ],
  },
]);
