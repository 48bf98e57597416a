/**
 * C0 and C1 control characters (NUL, line breaks, tabs …). No e-mail address or search word holds
 * one, and PostgreSQL refuses NUL in text outright: text with them never goes into a query as is.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
export const ALL_CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTERS.source, "g");
