// The excerpt moved to the core (the report shares it); this keeps the CLI's imports working.
export { displayWidth, excerptOf, type Excerpt } from '../core/text/excerpt.js';
