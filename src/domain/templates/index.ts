// Reply templates: the library, rotation, rendering and scenario suggestions.
export { TEMPLATES, pickVariant, templatesFor, needsShortVariant } from './library.js';
export { renderTemplate, siteTemplateVars, TemplateRenderError } from './render.js';
export { suggestTemplates, type TemplateFacts } from './suggest.js';
export * from './types.js';
