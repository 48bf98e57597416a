// The evaluation form's fields, without the schema: the form's browser code must not carry zod,
// whose object schemas probe for eval, which the Content-Security-Policy reports.

export const EVALUATION_TEXT_MAX = 2000;
export const SCORES = ["1", "2", "3", "4", "5"] as const;

/** The fields in the order the form shows them: for the error summary. */
export const EVALUATION_FIELDS = ["score", "takeaway", "improvement", "mayQuote"] as const;
export type EvaluationField = (typeof EVALUATION_FIELDS)[number];
