// The client's texts about the CoSIE project (shared/content/cosie-project.txt), obvious typos fixed.
// Left out: the photo caption (there is no photo) and "Een greep uit de tussenresultaten en
// publicaties tot nu toe:", whose list is missing from the texts.

export const projectPage = {
  id: "cosie",
  title: "CoSIE: co-creatie in de publieke dienstverlening",
  intro:
    "Gemeenten zoeken naar nieuwe manieren om samen met burgers te komen tot oplossingen voor maatschappelijke vraagstukken. In het Europese project CoSIE experimenteren we met verschillende manieren om deze co-creatie vorm te geven. We kijken bijvoorbeeld naar het verbeteren van de leefbaarheid in een wijk en het vinden van werk voor mensen met een afstand tot de arbeidsmarkt.",
  starts: { year: 2017, month: 12, day: 1 },
  ends: { year: 2021, month: 4, day: 1 },
  partnerCountries: [
    "Nederland",
    "Finland",
    "Zweden",
    "Estland",
    "Groot-Brittannië",
    "Polen",
    "Hongarije",
    "Spanje",
    "Italië",
    "Griekenland",
  ].join("\n"),
  funding: "De Europese Commissie steunt het project financieel.",
};

export const projectSections = [
  {
    slug: "doel",
    level: 2,
    heading: "Doel",
    body: [
      "Het project CoSIE onderzoekt hoe dienstverlening kan verbeteren als gemeenten die samen met burgers en andere betrokkenen ontwerpt. Deze manier van werken heet co-creatie. De verschillende manieren van co-creatie worden onderzocht. We richten ons op burgers die moeilijk te bereiken of kwetsbaar zijn. Bijvoorbeeld mensen met een afstand tot de arbeidsmarkt, en kinderen met overgewicht.",
      "Daarnaast onderzoeken we welke meerwaarde digitale hulpmiddelen en open data kunnen hebben in het proces van co-creatie. Ook kijken we hoe het laten vertellen en vastleggen van individuele verhalen hieraan kan bijdragen.",
      "Lees meer op de projectwebsite.",
    ].join("\n\n"),
  },
  {
    slug: "resultaten",
    level: 2,
    heading: "Resultaten",
    body: "Het project zal leiden tot inspirerende voorbeelden van co-creatie voor de aanpak van maatschappelijke vraagstukken. Denk bijvoorbeeld aan overgewicht bij kinderen of centraal wonen door ouderen.",
  },
  {
    slug: "aanpak",
    level: 2,
    heading: "Aanpak",
    body: "Het project bestaat uit verschillende pilots in de gemeenten Nieuwegein en Houten. Andere EU-landen zijn al eerder begonnen met hun pilots. Van die ervaringen kunnen wij in ons Nederlandse onderzoek leren.",
  },
  {
    slug: "pilot-nieuwegein",
    level: 3,
    heading: "Pilot gemeente Nieuwegein",
    body: [
      "Bewoners denken in de pilot in Nieuwegein mee over hoe hun buurt socialer en veiliger kan. In gesprekken met hen kwam het afvalprobleem vaak naar voren. Daarom bedenken we samen oplossingen waar bewoners zich betrokken bij voelen. Zo organiseren we discussiebijeenkomsten met bewoners en gebruiken we creatieve visuele vormen om hun verhalen te vertellen.",
      "In dit interview vertelt Nynke Joustra, projectleider bij de gemeente Nieuwegein, meer over de pilot en de bredere aanpak ‘Nypels’ waarbinnen deze pilot wordt uitgevoerd: No time to waste: co-creatie tegen afval.",
    ].join("\n\n"),
  },
  {
    slug: "pilot-houten",
    level: 3,
    heading: "Pilot gemeente Houten",
    body: "De gemeente Houten wil de begeleiding van kwetsbare groepen bij het vinden van werk verbeteren. Samen met werkzoekenden, ondernemers, ngo’s en andere gemeentelijke diensten werkt Houten in co-creatie aan een betere dienstverlening. In het najaar van 2019 probeert de gemeente verschillende oplossingen uit.",
  },
  {
    slug: "samenwerking",
    level: 2,
    heading: "Samenwerking",
    body: "CoSIE wordt in Nederland uitgevoerd door twee lectoraten van het Kenniscentrum Sociale Innovatie, in samenwerking met de gemeenten Houten en Nieuwegein.",
  },
];

// The texts give each researcher a short line and a detail block; where the two disagree
// (Sandra Geelhoed), the detail block is taken, as it is the one given for everyone.
export const researchers = [
  { name: "Eva Hijmans", role: "Onderzoeker", groups: ["Organiseren van Waardig Werk"] },
  {
    name: "Joep Binkhorst",
    role: "Onderzoeker",
    groups: ["Organiseren van Waardig Werk", "Participatie, Zorg en Ondersteuning"],
  },
  { name: "Jean-Pierre Wilken", role: "Lector", groups: ["Participatie, Zorg en Ondersteuning"] },
  { name: "Sandra Geelhoed", role: "Onderzoeker", groups: ["Duurzame Gemeenschappen"] },
];
