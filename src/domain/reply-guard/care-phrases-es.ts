// Spanish wordings that confirm someone was in our care: "su cita", "cuando estuvo internado", "le dieron de alta".
import { alternation, wordPattern } from './match.js';

const CARE_NOUNS_ES = [
  'visita', 'estancia', 'estadía', 'cita', 'citas', 'cirugía', 'operación', 'procedimiento', 'tratamiento',
  'ingreso', 'hospitalización', 'alta', 'resultados', 'diagnóstico', 'médico', 'médica', 'doctor',
  'doctora', 'enfermero', 'enfermera', 'enfermeras', 'receta', 'medicamento', 'medicamentos', 'medicina',
  'atención médica', 'parto', 'análisis', 'estudios', 'examen', 'expediente', 'historial médico', 'historia clínica',
  'terapia', 'recuperación', 'habitación', 'cama', 'bebé', 'embarazo', 'cesárea', 'radiografía', 'resonancia',
  'ultrasonido', 'biopsia', 'vacuna', 'inyección', 'síntomas', 'enfermedad', 'lesión', 'dolor', 'condición',
  'padecimiento', 'atención médica', 'chequeo', 'traslado', 'consulta médica', 'consulta con nosotros', 'consulta con el médico',
];
const RELATIVES_ES = [
  'madre', 'mamá', 'padre', 'papá', 'hijo', 'hija', 'hijos', 'esposo', 'esposa', 'marido', 'hermano', 'hermana',
  'abuelo', 'abuela', 'familiar', 'ser querido', 'bebé', 'niño', 'niña', 'pareja', 'tío', 'tía',
];
export const SU_CARE_ES = wordPattern(
  `(?:su|sus|tu|tus)\\s+(?:(?:reciente|última|primera|próxima|larga|breve)\\s+)?(?:${alternation(CARE_NOUNS_ES)})(?:\\s+(?:reciente|de\\s+emergencia|médica|quirúrgica))?` +
    `|(?:la|el)\\s+(?:${alternation(CARE_NOUNS_ES)})\\s+de\\s+su\\s+(?:${alternation(RELATIVES_ES)})`,
);
export const PHRASES_ES = wordPattern(
  [
    // Glad the reader is home and recovering; greetings from the nurses of one floor.
    `(?:qué\\s+bueno|nos\\s+alegra|esperamos|ojalá|me\\s+alegra)\\s+(?:de\\s+)?(?:que\\s+)?(?:ya\\s+)?(?:esté|está|estés|(?:se|te)\\s+(?:esté|estés|encuentre|encuentres|sienta|sientas|recupere|recuperes))\\s+(?:en\\s+casa|recuperándose|mejor|bien|mejorando|pronto)`,
    `(?:enfermer[oa]s?|médic[oa]s?|doctor[ae]s?|equipo|personal)\\s+(?:del?|en\\s+el)\\s+(?:primer|segundo|tercer|cuarto|quinto|sexto|\\d+[oº°]?)\\s+piso`,
    `(?:atendió|atendieron|cuidó|cuidaron|trató|trataron|operó|operaron)\\s+a\\s+(?:su|tu)\\s+[\\p{L}]+`,
    `cuando\\s+(?:usted\\s+|su\\s+[\\p{L}]+\\s+)?(?:estuvo|vino|llegó|visitó|fue\\s+atendid[oa]|ingresó|acudió)`,
    `durante\\s+(?:su|tu)\\s+(?:visita|estancia|estadía|cita|tratamiento|ingreso|hospitalización|cirugía|parto|consulta)`,
    `como\\s+su\\s+(?:médic[oa]|doctora?|enfermer[oa]|equipo\\s+médico|proveedor)`,
    `(?:usted|su\\s+[\\p{L}]+)\\s+(?:fue|ha\\s+sido|estuvo)\\s+(?:atendid[oa]|ingresad[oa]|dad[oa]\\s+de\\s+alta|operad[oa]|diagnosticad[oa]|tratad[oa]|hospitalizad[oa]|internad[oa]|nuestr[oa]\\s+paciente|paciente)`,
    `(?:l[oa]|le)\\s+(?:atendimos|operamos|ingresamos|dimos\\s+de\\s+alta|diagnosticamos|tratamos)`,
    `según\\s+(?:nuestros|sus)\\s+(?:registros|expedientes)`,
    `(?:usted|su\\s+(?:${alternation(RELATIVES_ES)}))\\s+(?:(?:haya|ha|había|hubiera)\\s+)?(?:esperó|esperado|estuvo|estado|pasó|pasado|ingresó|ingresado|llegó|llegado|acudió|acudido|fallecido|falleció|muerto|murió)\\b[^.!?]{0,30}?\\ben\\s+(?:urgencias|emergencias|la\\s+sala\\s+de\\s+(?:emergencias|urgencias|espera)|el\\s+hospital|la\\s+clínica|la\\s+(?:ucin|uci|ucip|unidad)|el\\s+(?:área|piso)|nuestr[oa]s?\\s+[\\p{L}]+)`,
    `como\\s+(?:nuestr[oa]\\s+)?paciente`,
    `mientras\\s+(?:usted\\s+|su\\s+[\\p{L}]+\\s+)?(?:estuvo|estaba|permaneció)\\s+(?:internad[oa]|hospitalizad[oa]|ingresad[oa]|aquí|con\\s+nosotros|en\\s+(?:el\\s+hospital|la\\s+clínica|urgencias|la\\s+uci))`,
    `(?:no\\s+)?se\\s+(?:le|les)\\s+(?:explicó|explicara|atendió|atendiera|informó|informara|revisó|revisara|dio\\s+de\\s+alta|diera\\s+de\\s+alta|operó|operara|diagnosticó)`,
    `(?:le|la|lo|les)\\s+(?:dieran|dieron|diéramos|dimos|dio|diera)\\s+de\\s+alta|confiar(?:nos|le)?\\s+(?:el\\s+cuidado|la\\s+atención|la\\s+salud|el\\s+parto)`,
    `(?:su|tu)\\s+(?:${alternation(RELATIVES_ES)})\\s+(?:ya\\s+)?(?:esté|está|estén|están|haya\\s+vuelto|volvió|regresó)\\s+(?:en\\s+casa|a\\s+casa|de\\s+vuelta|mejor|bien)`,
    `(?:el|la)\\s+(?:pequeñ[oa]|bebé|niñ[oa])\\s+(?:ya\\s+)?(?:esté|está)\\s+(?:mejor|en\\s+casa|bien)`,
    `(?:para|antes\\s+de|sin)\\s+ser\\s+(?:atendid|revisad|examinad|ingresad|operad|dad)[oa]s?`,
    `(?:equipo|personal|enfermeras?|médicos?|doctores)\\b[^.!?]{0,30}?\\b(?:recuerdan?|extrañan?)\\s+(?:con\\s+cariño\\s+)?(?:a\\s+)?(?:usted|su|sus)`,
    `(?:en|at|in)\\s+(?:urgencias|emergencias|the\\s+(?:er|ed|emergency\\s+(?:room|department)))\\s+(?:con|with)\\s+(?:su|tu|your)\\s+(?:${alternation(RELATIVES_ES)}|[\\p{L}]+)`,
    // Staff doing (or failing to do) something to the reader: "la enfermera no le cambió el suero".
    `(?:enfermer[oa]s?|médic[oa]s?|doctor(?:a|es|as)?|cirujan[oa]s?|técnic[oa]s?|personal)\\s+(?:no\\s+)?(?:le|les|la|lo)\\s+[\\p{L}]+(?:ó|aron|ara|aran|iera|ieran|ió|ieron)(?![\\p{L}])`,
    `(?:doctor[a]?|médic[oa]|enfermer[oa]|cirujan[oa]|personal|equipo)\\s+que\\s+(?:l[oa]|le|les)\\s+(?:atendió|operó|revisó|examinó|trató|cuidó|recibió|dio\\s+de\\s+alta)`,
    `(?:medicina|medicamento|tratamiento|terapia|receta|pastillas?)\\b[^.!?]{0,30}?\\b(?:le|les)\\s+(?:esté|está|estén|están)\\s+(?:funcionando|ayudando|sirviendo|sentando\\s+bien)`,
    `(?:el|la|su)\\s+(?:bebé|niñ[oa]|hij[oa]|pequeñ[oa])\\s+(?:nació|naciera|haya\\s+nacido)`,
    `(?:le|les)\\s+(?:(?:hayan|han|haya|ha|hubieran)\\s+)?(?:cobrado|cobraron|cobró|cobraran|facturado|facturaron|facturó)`,
    `esper(?:ó|ar|aron|ara|aran)\\b[^.!?]{0,30}?\\bpara\\s+(?:ver\\s+a(?:l)?\\s+(?:la\\s+)?(?:médic[oa]|doctor[a]?|enfermer[oa]|especialista)|ser\\s+(?:atendid|vist)[oa])`,
    `(?:su|tu)\\s+(?:${alternation(RELATIVES_ES)})\\s+(?:ya\\s+)?(?:(?:haya|hayan|ha|han)\\s+)?(?:salido|salió|saliera)\\s+(?:del|de\\s+la)\\s+(?:hospital|clínica|urgencias|uci|cirugía)`,
    `(?:se\\s+(?:esté|está)\\s+recuperando|se\\s+recuper(?:e|en)|pronta\\s+(?:recuperación|mejoría)|que\\s+se\\s+mejore)`,
    // Treating the reader, said with a clitic: "el médico priorizó estabilizarla", "fuera de peligro".
    `(?:estabilizar|operar|examinar|internar|sedar|canalizar|intubar|suturar|vacunar|hospitalizar|reanimar)(?:l[oa]s?|le|les)|(?:ya\\s+)?(?:está|están|sigue|siguen)\\s+fuera\\s+de\\s+peligro|(?:está|están|sigue|siguen)\\s+(?:estable|estables|delicad[oa]s?|grave|graves)`,
    // The new medicine working for a relative: "que el nuevo medicamento le siga funcionando".
    `(?:nuev[oa]|su|tu)\\s+(?:medicamento|medicina|tratamiento|terapia|pastilla|receta)\\s+(?:le|te|les)\\s+(?:siga|sigue|esté|está|haya)\\s+(?:funcionando|ayudando|sirviendo)`,
  ].join('|'),
);
