// The client's texts about the June series (shared/content/session-series.txt), obvious typos fixed.
// Fields the texts leave empty stay empty; link texts without an address stay plain text.

export const series = {
  slug: "co-creatie-publiek-domein",
  title: "Serie online sessies over co-creatie in het publieke domein",
  intro:
    "Co-creatie van publieke dienstverlening; hoe pak je dat aan? Er zijn veel voorbeelden van co-creatie in het publieke domein. Op Hogeschool Utrecht doen we er onderzoek naar in het project CoSIE, samen met 9 andere Europese landen. Hoe ontwikkel je co-creatie in de praktijk en krijg je draagvlak voor deze aanpak? Hoe betrek je de juiste doelgroep en stakeholders bij het initiatief? Hoe krijg je een co-creërende werkwijze in het DNA van je organisatie? In een serie van 4 online sessies over co-creatie nemen we je mee in deze uitdagingen en gaan er graag over met je in gesprek. We nodigen je van harte uit voor deze korte en krachtige sessies op 4, 11, 18 en 25 juni van 13.30 tot 14.30 uur.",
  expectations:
    "Elke week staat een andere fase van co-creatie centraal (initiëren, ontwerpen, uitvoeren en evalueren), geven we een minicollege, interviewen we een regionale partner met een mooi voorbeeld, en krijg je gelegenheid om – met een aantal andere deelnemers – na te denken hoe dat in jouw organisatie toegepast zou kunnen worden.",
  howItWorks:
    "Je meldt je hier aan en geeft aan voor welke sessie(s). Uiterlijk een dag voor de bijeenkomst ontvang je een mail met een link naar Microsoft Teams, waarmee je toegang hebt. Om de sessie goed te kunnen volgen hebben we een paar tips:",
  joinTips: [
    "Gebruik bij voorkeur je laptop of pc. Heb je een Windows-laptop of pc met Chrome of Edge? Dan hoef je Microsoft Teams niet te downloaden. Je kunt deelnemen via het web.",
    "Kies voor ‘deelnemen als gast’. De naam die je opgeeft is zichtbaar voor andere deelnemers.",
    "Zet je microfoon en camera uit als je niet aan het woord bent.",
    "Vragen of opmerkingen? Geef het aan via de chat zodat de moderator je aan het woord kan laten.",
  ].join("\n"),
  partnership:
    "Deze sessies worden georganiseerd in samenwerking met het Kennisplatform Utrecht Sociaal; een leernetwerk, bedoeld om kennis in het sociaal domein te ontwikkelen en te delen. Kennis op basis waarvan burgers, professionals en overheid kunnen werken aan een inclusieve samenleving.",
};

/** The four sessions; each runs 13.30–14.30 uur on the June day given. */
export const sessions = [
  {
    number: 1,
    juneDay: 4,
    phase: "initiëren",
    title: "Hoe start je een co-creatie-initiatief?",
    description:
      "Een voorbeeld daarvan wordt toegelicht door projectleider Nynke Joustra van de gemeente Nieuwegein. Binnen de ‘aanpak Nypels’ waar zij bij betrokken is, wordt het afvalprobleem samen met de bewoners aangepakt. In deze sessie vertelt ze meer over de aanpak en uitdagingen daarbij.",
    speakerName: "Nynke Joustra",
    speakerRole: "Projectleider",
    speakerOrganisation: "Gemeente Nieuwegein",
  },
  {
    number: 2,
    juneDay: 11,
    phase: "ontwerpen",
    title: "Community reporting als co-creatiemethodiek",
    description:
      "Hoe geef je samen met de juiste doelgroepen vorm aan co-creatie? In de gemeente Houten wordt hierbij ‘community reporting’ ingezet: een narratieve methode waarbij mensen uit de doelgroep over hun ervaringen vertellen. Projectleider Jessica Dijkman van de gemeente Houten vertelt hoe via co-creatie de dienstverlening voor mensen met een afstand tot de arbeidsmarkt is verbeterd.",
    speakerName: "Jessica Dijkman",
    speakerRole: "Projectleider",
    speakerOrganisation: "Gemeente Houten",
  },
  {
    number: 3,
    juneDay: 18,
    phase: "uitvoeren",
    title: "Co-creëren in de praktijk: best practices en dilemma’s",
    description: [
      "Hier komt vooral de co-creatie en samenwerking tussen professionals van verschillende diensten ter sprake. Een vaak ingewikkelde werkelijkheid. We hebben weer een mooi praktijkvoorbeeld, dat wordt toegelicht door Nico Ooms, coördinator ’t Groene Sticht en projectleider Gemengd Wonen Tussenvoorziening. Nico is bij negen gemengd-wonen-initiatieven betrokken, waar in alle gevallen samen met bewoners invulling gegeven wordt aan het proces. In gemengde woonprojecten wonen reguliere huurders of studenten samen met bijvoorbeeld ex-dak- en thuislozen, jongeren met een licht verstandelijke beperking of met mensen die psychisch kwetsbaar zijn.",
      "Lees meer over het onderzoek Gemengd Wonen; lessen uit de praktijk.",
    ].join("\n\n"),
    speakerName: "Nico Ooms",
    speakerRole: "Coördinator en projectleider Gemengd Wonen Tussenvoorziening",
    speakerOrganisation: "’t Groene Sticht",
  },
  {
    number: 4,
    juneDay: 25,
    phase: "evalueren",
    title: "Hoe zorg je dat een co-creatie-initiatief standhoudt?",
    description:
      "Als afsluiter van de bijeenkomsten gaan we in op co-evaluatie en het duurzaam integreren van co-creatie in het publieke domein. Hoe krijg je een co-creërende werkwijze in het DNA van je organisatie? Co-creatie betekent eigenlijk permanent contact met je doelgroep/de afnemers van diensten, permanente evaluatie en flexibele bijstelling. Een pittige uitdaging. Wij zijn benieuwd naar hoe jullie dat (zouden) doen. Karin Sok van Movisie vertelt over de resultaten van hun onderzoek naar burgerparticipatie op gemeentelijk niveau.",
    speakerName: "Karin Sok",
    speakerRole: null,
    speakerOrganisation: "Movisie",
  },
];
