// Reply templates: the library, rotation, rendering, scenario suggestions and checking an organization's own.
export { TEMPLATES, completeLibrary, pickVariant, templatesFor, needsShortVariant } from './library.js';
export { renderTemplate, siteTemplateVars, TemplateRenderError } from './render.js';
export { suggestTemplates, type TemplateFacts } from './suggest.js';
export * from './types.js';
export { templateRefusedNow, validateTemplateLibrary } from './validate.js';
