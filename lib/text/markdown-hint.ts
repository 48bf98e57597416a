// What every markdown field tells the organiser, kept apart from the parser: editors run in the browser.

export const MARKDOWN_HINT =
  "Laat een regel wit tussen alinea’s. Opmaak kan: **vet**, een lijst met een streepje (- ) aan het begin van elke regel, en een link als [tekst](https://…) of [naam](mailto:…).";

export const MARKDOWN_LINES_HINT = "Eén tip per regel. Opmaak kan: **vet** en een link als [tekst](https://…).";
