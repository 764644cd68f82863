// The catalogue of every diagnostic code: what it means, a file that triggers it, and the fix.
// Tests check each example really produces its code; docs/diagnostics.md is generated from here.

export interface CatalogusItem {
  readonly ernst: 'fout' | 'waarschuwing';
  readonly titel: string;
  /** A complete .regel file that triggers exactly this code (among possibly others). */
  readonly voorbeeld: string;
  readonly oplossing: string;
  /**
   * Reported by a tool, not by checking a file (the formatter's soundness check): no file can
   * trigger it on purpose, so `voorbeeld` only shows what the tool was given.
   */
  readonly intern?: true;
  /** The policies beside the example file, by name (`gebruik regeling naam` finds `naam.regel` there). */
  readonly naast?: Readonly<Record<string, string>>;
}

const KOP = 'regeling Voorbeeld\n  bron "Kamerbrief 3 april 2023"\n';

/** A policy beside the examples of a policy call: two inputs, one output. */
const JEUGDLOON = 'regeling Jeugdloon\n  bron "Wet minimumloon, art. 8"\ninvoer leeftijd: geheel getal ten minste 15\ninvoer bbl: ja/nee\ninvoer adres: gegevens { straat: tekst } of leeg\nuitvoer uurloon: bedrag\nregel uurloon is als bbl of leeftijd < 18 dan € 5 anders € 10\n';

export const CATALOGUS = {
  RW0001: {
    ernst: 'fout', titel: 'Onbekend teken',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is a # 2\n`,
    oplossing: 'Verwijder het teken. Commentaar begint met --.',
  },
  RW0002: {
    ernst: 'fout', titel: 'Syntaxfout',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is a +\n`,
    oplossing: 'Vul de ontbrekende delen aan; de melding zegt wat er verwacht werd.',
  },
  RW0003: {
    ernst: 'fout', titel: 'Kop "regeling" ontbreekt',
    voorbeeld: 'invoer a: getal\nuitvoer b: getal\nregel b is a\n',
    oplossing: 'Begin het bestand met `regeling Naam` en een `bron`.',
  },
  RW0004: {
    ernst: 'waarschuwing', titel: 'Regeling zonder bron',
    voorbeeld: 'regeling Voorbeeld\ninvoer a: getal\nuitvoer b: getal\nregel b is a\n',
    oplossing: 'Voeg `bron "..."` toe met de wet of brief waar de regeling op berust.',
  },
  RW0005: {
    ernst: 'fout', titel: 'Sleutelwoord als naam',
    voorbeeld: `${KOP}invoer weken: getal\nuitvoer b: getal\nregel b is weken\n`,
    oplossing: 'Sleutelwoorden (weken, dag, van, is, ...) kunnen geen naam zijn; kies een andere naam, bijvoorbeeld gewerkteWeken. Een eenheid (jaar, jaren, maand, maanden, week, weken, dag, dagen) mag wel de naam van een veld of van een functieparameter zijn: { jaar: 2026 }, loonjaar.jaar, functie f(jaren: getal).',
  },
  RW0006: {
    ernst: 'fout', titel: 'Te diep genest',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is ${'('.repeat(400)}a${')'.repeat(400)}\n`,
    oplossing: 'Splits de expressie in kleinere regels: een hulpregel per deel leest ook beter voor.',
  },
  RW0007: {
    ernst: 'fout', titel: 'Naam begint niet met een letter',
    voorbeeld: `${KOP}invoer _inkomen: bedrag\nuitvoer b: bedrag\nregel b is _inkomen\n`,
    oplossing: 'Een naam begint met een letter (daarna letters, cijfers, _ en koppeltekens tussen letters); laat de _ aan het begin weg, bijvoorbeeld inkomen.',
  },
  RW0008: {
    ernst: 'fout', titel: 'Punt in een getal',
    voorbeeld: `${KOP}invoer a: bedrag\nuitvoer b: bedrag\nregel b is 39.5% van a\n`,
    oplossing: 'Een getal, bedrag of percentage schrijft u met een komma voor de decimalen (39,5%, € 7,50) en zonder punten tussen de duizendtallen (€ 2337,00). Een datum schrijft u als JJJJ-MM-DD: 2026-03-01, niet 2026.3.1 of 1.3.2026; een datum met punten die niet bestaat (2025.2.30) wordt gemeld zonder voorstel.',
  },
  RW0009: {
    ernst: 'fout', titel: 'Opmaak niet veilig', intern: true,
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is a\n`,
    oplossing: 'Een interne fout van `regelwerk fmt`: de opgemaakte tekst zou iets anders betekenen dan het origineel (andere woorden, ander commentaar of een andere AST). Het bestand is niet gewijzigd; meld de fout met het bestand.',
  },
  RW1001: {
    ernst: 'fout', titel: 'Onbekende naam',
    voorbeeld: `${KOP}invoer inkomen: bedrag\nuitvoer b: bedrag\nregel b is inkomn\n`,
    oplossing: 'Controleer de spelling, of declareer de naam als invoer, parameter of regel.',
  },
  RW1002: {
    ernst: 'fout', titel: 'Naam dubbel gedeclareerd',
    voorbeeld: `${KOP}invoer a: getal\ninvoer a: getal\nuitvoer b: getal\nregel b is a\n`,
    oplossing: 'Geef elke invoer, parameter, regel en functie een eigen naam.',
  },
  RW1003: {
    ernst: 'fout', titel: 'Onbekend type',
    voorbeeld: `${KOP}invoer a: Contrakt\nuitvoer b: ja/nee\nregel b is a is leeg\n`,
    oplossing: 'Gebruik een basistype of declareer het type met `soort`.',
  },
  RW1004: {
    ernst: 'fout', titel: 'Onbekend veld',
    voorbeeld: `${KOP}soort C is gegevens { begin: datum }\ninvoer c: C\nuitvoer b: datum\nregel b is c.bgin\n`,
    oplossing: 'Gebruik een veld dat in de gegevens-soort staat.',
  },
  RW1005: {
    ernst: 'fout', titel: 'Uitvoer zonder regel',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nuitvoer c: getal\nregel b is a\n`,
    oplossing: 'Schrijf een `regel` met dezelfde naam als de uitvoer.',
  },
  RW1006: {
    ernst: 'fout', titel: 'Verkeerd aantal argumenten',
    voorbeeld: `${KOP}invoer a: getal\nfunctie dubbel(x: getal): getal is x * 2\nuitvoer b: getal\nregel b is dubbel(a, a)\n`,
    oplossing: 'Geef de functie precies zoveel argumenten als zij parameters heeft.',
  },
  RW1007: {
    ernst: 'fout', titel: 'Onbekende functie',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is verdubbel(a)\n`,
    oplossing: 'Declareer de functie met `functie`, of corrigeer de naam.',
  },
  RW1008: {
    ernst: 'fout', titel: 'Kringdefinitie',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is c + a\nregel c: getal is b\n`,
    oplossing: 'Een regel mag niet (via andere regels) van zichzelf afhangen.',
  },
  RW1009: {
    ernst: 'fout', titel: 'Onbekende stdlib-module',
    voorbeeld: `${KOP}gebruik minimumloonn\ninvoer a: getal\nuitvoer b: getal\nregel b is a\n`,
    oplossing: 'Gebruik een module uit stdlib/ (bijvoorbeeld `gebruik minimumloon`).',
  },
  RW1010: {
    ernst: 'fout', titel: 'Naam in voorbeeld is geen invoer of uitvoer',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is a\nvoorbeeld "x"\n  gegeven a is 1 c is 2\n  verwacht b is 1\n`,
    oplossing: 'Onder `gegeven` staan invoer, onder `verwacht` uitvoer of regels.',
  },
  RW1011: {
    ernst: 'fout', titel: 'Onbekende keuzewaarde',
    voorbeeld: `${KOP}invoer c: keuze student, scholier\nuitvoer b: ja/nee\nregel b is c is studnt\n`,
    oplossing: 'Gebruik een van de waarden van de keuze.',
  },
  RW1012: {
    ernst: 'fout', titel: 'Voorbeeld mist invoer',
    voorbeeld: `${KOP}invoer a: getal\ninvoer c: getal\nuitvoer b: getal\nregel b is a + c\nvoorbeeld "x"\n  gegeven a is 1\n  verwacht b is 1\n`,
    oplossing: 'Geef in elk voorbeeld een waarde voor elke invoer.',
  },
  RW1013: {
    ernst: 'fout', titel: 'Regel en uitvoer met verschillend type',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b: bedrag is € 1\nregel c: getal is a\n`,
    oplossing: 'Laat de regel hetzelfde type hebben als de uitvoer, of laat het type bij de regel weg.',
  },
  RW1014: {
    ernst: 'fout', titel: "Dubbele 'voorbeelden peildatum'",
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is a\nvoorbeelden peildatum 2026-01-01\nvoorbeelden peildatum 2027-01-01\n`,
    oplossing: "Een bestand heeft één standaardpeildatum voor zijn voorbeelden; verwijder de tweede, of geef een voorbeeld zijn eigen `peildatum`.",
  },
  RW1015: {
    ernst: 'fout', titel: 'Kop van een beslistabel klopt niet',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | y |\n  | 1 | 2 |\n`,
    oplossing: 'De kop noemt eerst de invoerkolommen (een naam of expressie), dan de uitvoerkolom met de naam van de regel zelf, en eventueel als laatste `bron`.',
  },
  RW1016: {
    ernst: 'fout', titel: 'Rij van een beslistabel met te veel of te weinig cellen',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | 1 | 2 | 3 |\n`,
    oplossing: "Geef elke rij evenveel cellen als de kop, elke cel tussen `|`. Een cel die voor de rij niet uitmaakt is `-`.",
  },
  RW1017: {
    ernst: 'fout', titel: 'Bron van een tabelrij is geen tekst',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x | bron |\n  | 1 | 2 | art |\n`,
    oplossing: 'Een cel in de kolom `bron` is een tekst tussen aanhalingstekens, of `-` als de rij geen eigen bron heeft (dan geldt de bron van de regel).',
  },
  RW1018: {
    ernst: 'fout', titel: 'Eis op een soort die geen gegevens of lijst is',
    voorbeeld: `${KOP}soort Uren is getal\n  eis Uren is ten minste 0\ninvoer u: Uren\nuitvoer x: getal\nregel x is u\n`,
    oplossing: 'Een `eis` na een `soort` gaat over de velden van gegevens of over een hele lijst. Zet een eis over één waarde bij de invoer (`eis u is ten minste 0`), of geef het type een bereik (`getal van 0 tot en met 60`).',
  },
  RW1019: {
    ernst: 'fout', titel: 'Onbekende regeling',
    voorbeeld: `${KOP}gebruik regeling jeugdloom\ninvoer a: geheel getal\nuitvoer b: ja/nee\nregel b is a > 18\n`,
    oplossing: '`gebruik regeling naam` leest het bestand `naam.regel` uit dezelfde map als deze regeling (in de speeltuin: een van de meegeleverde regelingen). Corrigeer de naam, of zet het bestand ernaast.',
    naast: { jeugdloon: JEUGDLOON },
  },
  RW1020: {
    ernst: 'fout', titel: 'Kring van regelingen',
    voorbeeld: `${KOP}gebruik regeling jeugdloon\ninvoer a: getal\nuitvoer b: getal\nregel b is a\n`,
    oplossing: 'Een regeling mag een andere gebruiken, maar niet (via andere) zichzelf: de melding noemt de kring. Haal één `gebruik regeling` uit de kring, bijvoorbeeld door de gedeelde regels in een derde regeling te zetten die beide gebruiken.',
    naast: { jeugdloon: 'regeling Jeugdloon\n  bron "Wet minimumloon, art. 8"\ngebruik regeling jeugdloon\ninvoer leeftijd: geheel getal\nuitvoer uurloon: bedrag\nregel uurloon is als leeftijd < 18 dan € 5 anders € 10\n' },
  },
  RW1021: {
    ernst: 'fout', titel: 'Argument van een regeling zonder of met een onbekende naam',
    voorbeeld: `${KOP}gebruik regeling jeugdloon\ninvoer a: geheel getal\nuitvoer b: bedrag\nregel b is jeugdloon(leeftijd: a, bbel: nee).uurloon\n`,
    oplossing: 'Een aanroep van een regeling noemt elke invoer bij naam, één keer: `jeugdloon(leeftijd: a, bbl: nee)`. Een functie krijgt haar argumenten juist zonder naam, op volgorde.',
    naast: { jeugdloon: JEUGDLOON },
  },
  RW2001: {
    ernst: 'fout', titel: 'Verkeerd type',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: datum\nregel b is a\n`,
    oplossing: 'Zorg dat de expressie het verwachte type oplevert.',
  },
  RW2002: {
    ernst: 'fout', titel: 'Waarde kan leeg zijn',
    voorbeeld: `${KOP}invoer a: datum of leeg\nuitvoer b: datum\nregel b is a\n`,
    oplossing: 'Behandel het lege geval: `als a is leeg dan ... anders a`, of maak het type `... of leeg`.',
  },
  RW2003: {
    ernst: 'fout', titel: 'Eenheden passen niet',
    voorbeeld: `${KOP}invoer a: bedrag\ninvoer d: datum\nuitvoer b: bedrag\nregel b is a + d\n`,
    oplossing: 'Reken alleen met passende eenheden: bedrag + bedrag, datum + duur, bedrag × percentage, ...',
  },
  RW2004: {
    ernst: 'fout', titel: 'Niet vergelijkbaar',
    voorbeeld: `${KOP}invoer a: bedrag\ninvoer d: datum\nuitvoer b: ja/nee\nregel b is a is ten minste d\n`,
    oplossing: 'Vergelijk waarden van hetzelfde type; ja/nee, tekst en keuzes kennen alleen `is` en `is niet`.',
  },
  RW2005: {
    ernst: 'fout', titel: 'Voorwaarde is geen ja/nee',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is als a dan 1 anders 2\n`,
    oplossing: 'Schrijf een vergelijking, bijvoorbeeld `a is groter dan 0`.',
  },
  RW2006: {
    ernst: 'fout', titel: 'Opsomming tussen haakjes op de verkeerde plek',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is (a, a) + 1\n`,
    oplossing: '`(a, b)` mag alleen na `minimum van`, `maximum van` en `is een van`.',
  },
  RW2007: {
    ernst: 'fout', titel: 'Afronding van een niet-getal',
    voorbeeld: `${KOP}invoer a: datum\nuitvoer b: datum\nregel b is a afgerond op centen\n`,
    oplossing: 'Rond alleen getallen, bedragen en percentages af.',
  },
  RW2008: {
    ernst: 'fout', titel: 'Geen vaste waarde',
    voorbeeld: `${KOP}invoer a: getal\nparameter p: getal is a + 1\nuitvoer b: getal\nregel b is p\n`,
    oplossing: 'Voorbeelden bevatten alleen vaste waarden; een parameter een vaste waarde of een berekening met alleen vaste waarden (`1 / 3`, `€ 300 * 2`). Geen namen, invoer of regels, en geen deling door nul.',
  },
  RW2009: {
    ernst: 'fout', titel: 'Parameterrijen niet op datumvolgorde',
    voorbeeld: `${KOP}parameter p: bedrag\n  vanaf 2025-01-01 is € 2\n  vanaf 2024-01-01 is € 1\nuitvoer b: bedrag\nregel b is p\n`,
    oplossing: 'Zet de rijen van een parameter op oplopende datum, elke datum één keer.',
  },
  RW2010: {
    ernst: 'fout', titel: 'Onmogelijke datum',
    voorbeeld: `${KOP}uitvoer b: datum\nregel b is 2025-02-30\n`,
    oplossing: 'Gebruik een bestaande datum (februari heeft 28 dagen, in schrikkeljaren 29).',
  },
  RW2011: {
    ernst: 'fout', titel: 'Type van regel niet af te leiden',
    voorbeeld: `${KOP}invoer a: getal\nregel leeglijst is []\nuitvoer b: getal\nregel b is a + aantal leeglijst\n`,
    oplossing: 'Schrijf het type bij de regel: `regel x: lijst van T is []`.',
  },
  RW2012: {
    ernst: 'fout', titel: 'Geen lijst',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is aantal a\n`,
    oplossing: 'Deze bewerking werkt op een lijst.',
  },
  RW2013: {
    ernst: 'fout', titel: 'Ongeldige duur',
    voorbeeld: `${KOP}invoer a: datum\nuitvoer b: datum\nregel b is a + 1,5 maanden\n`,
    oplossing: 'Een duur is een geheel aantal dagen, weken, maanden of jaren.',
  },
  RW2014: {
    ernst: 'fout', titel: 'Parameterrij eindigt voor zij begint',
    voorbeeld: `${KOP}invoer a: getal\nparameter p: getal\n  vanaf 2025-07-01 tot 2025-01-31 is 3\nuitvoer b: getal\nregel b is a * p\n`,
    oplossing: 'Een rij `vanaf D1 tot D2` geldt van D1 tot en met D2; zet de datums in die volgorde.',
  },
  RW2015: {
    ernst: 'fout', titel: 'Waarde buiten het bereik van haar type',
    voorbeeld: `${KOP}parameter premiepercentage: percentage van 0% tot en met 100% is -7,5%\ninvoer loon: bedrag\nuitvoer premie: bedrag\nregel premie is premiepercentage van loon afgerond op centen\n`,
    oplossing: 'Een parameterwaarde, voorbeeldwaarde of vaste regelwaarde moet binnen het bereik van het gedeclareerde type liggen, en bij `geheel getal` geheel zijn. Pas de waarde aan, of het bereik als de bron meer toestaat.',
  },
  RW2016: {
    ernst: 'fout', titel: 'Ongeldig bereik',
    voorbeeld: `${KOP}invoer leeftijd: geheel getal van 120 tot en met 15\nuitvoer volwassen: ja/nee\nregel volwassen is leeftijd is ten minste 18\n`,
    oplossing: 'Een bereik heeft vaste grenzen in de eenheid van het type (`getal van 0 tot 10`, `bedrag ten minste € 0`, `percentage van 0% tot en met 100%`, `duur ten minste 0 dagen`), de kleinste eerst.',
  },
  RW2017: {
    ernst: 'fout', titel: 'Getal te groot',
    voorbeeld: `${KOP}uitvoer b: getal\nregel b is 1${'0'.repeat(12100)}\n`,
    oplossing: 'Een getal in een regeling heeft hoogstens ongeveer 12.000 cijfers (teller en noemer onder 2^40000); grotere tussenwaarden zijn bij het rekenen een rekenfout. Gebruik een kleiner getal.',
  },
  RW2018: {
    ernst: 'fout', titel: 'Cel van een beslistabel past niet bij haar kolom',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | ja | 2 |\n`,
    oplossing: 'Een invoercel toetst een waarde van het type van haar kolom (`20`, `ten minste 21`, `een van a, b`); op grootte alleen bij getallen, bedragen, percentages, datums en duren. Een uitvoercel is een waarde van het type van de regel.',
  },
  RW2019: {
    ernst: 'fout', titel: 'Leeg of - waar het niets betekent in een beslistabel',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | leeg | 2 |\n`,
    oplossing: "`leeg` en `niet leeg` toetsen alleen een kolom die leeg kan zijn; een toets op grootte alleen een kolom die het niet kan. Een uitvoercel `leeg` vraagt een regeltype met `of leeg`; een uitvoercel is nooit `-`.",
  },
  RW2020: {
    ernst: 'fout', titel: "'op' met een datum bij iets anders dan een parameter met datumrijen",
    voorbeeld: `${KOP}invoer loon: bedrag\ninvoer einde: datum\nuitvoer b: bedrag\nregel b is loon op einde\n`,
    oplossing: '`P op D` geeft de waarde van een parameter met rijen `vanaf JJJJ-MM-DD is ...` (ook een uit `gebruik minimumloon`) op datum D in plaats van de peildatum. Een invoer of regel heeft één waarde per evaluatie, en een parameter met één waarde is op elke datum gelijk: laat `op D` daar weg.',
  },
  RW2021: {
    ernst: 'fout', titel: "Uitzondering 'op' een uitzondering die de regel niet heeft",
    voorbeeld: `${KOP}invoer a: ja/nee\ninvoer b: ja/nee\nuitvoer x: getal\nregel x: getal is 0\n  uitzondering "a" indien a dan 1\n  uitzondering "b" op "c" indien b dan 2\n`,
    oplossing: '`uitzondering "b" op "a"` maakt "b" een uitzondering op de uitzondering met label "a" van dezelfde regel: als beide gelden beslist "b". Noem het label van een bestaande uitzondering van die regel (let op hoofdletters), of laat `op "..."` weg.',
  },
  RW2022: {
    ernst: 'fout', titel: "Uitzonderingen die via 'op' een uitzondering op zichzelf zijn",
    voorbeeld: `${KOP}invoer a: ja/nee\ninvoer b: ja/nee\nuitvoer x: getal\nregel x: getal is 0\n  uitzondering "a" op "b" indien a dan 1\n  uitzondering "b" op "a" indien b dan 2\n`,
    oplossing: 'Een uitzondering op een uitzondering is specifieker dan haar ouder; een kring zegt niet wie beslist. Bepaal welke uitzondering de algemenere is en haal bij die het `op "..."` weg.',
  },
  RW2023: {
    ernst: 'fout', titel: 'Duur in maanden vergeleken met duur in dagen',
    voorbeeld: `${KOP}invoer proeftijd: geheel getal\nuitvoer lang: ja/nee\nregel lang is proeftijd maanden is groter dan 30 dagen\n`,
    oplossing: 'Een maand is geen vast aantal dagen, dus `1 maand` en `30 dagen` zijn niet te vergelijken: de berekening stopt met een fout zodra beide niet nul zijn. Vergelijk datums (`begin + proeftijd maanden is na einde`), of tel beide in één eenheid, met `tijdsduur van A tot B in dagen` of `in hele maanden`.',
  },
  RW2024: {
    ernst: 'waarschuwing', titel: 'Uitvoerbedrag kan meer dan hele centen hebben',
    voorbeeld: `${KOP}invoer loon: bedrag\nuitvoer deel: bedrag\nregel deel is loon / 3\n`,
    oplossing: 'Een uitvoer van type `bedrag` moet hele centen zijn; anders stopt de berekening. Een deling, een percentage van een bedrag of een product met een breuk kan meer decimalen geven: schrijf `afgerond op centen rekenkundig` (of `naar beneden`, `naar boven`, zoals de bron zegt) achter de waarde. Met `check --streng` is dit een fout.',
  },
  RW2025: {
    ernst: 'fout', titel: 'Invoer ontbreekt bij de aanroep van een regeling',
    voorbeeld: `${KOP}gebruik regeling jeugdloon\ninvoer a: geheel getal\nuitvoer b: bedrag\nregel b is jeugdloon(leeftijd: a).uurloon\n`,
    oplossing: 'Geef elke invoer van de aangeroepen regeling een waarde; alleen een invoer van type `... of leeg` mag ontbreken (dan is hij leeg).',
    naast: { jeugdloon: JEUGDLOON },
  },
  RW2026: {
    ernst: 'fout', titel: 'Invoer van gegevens of een lijst bij de aanroep van een regeling',
    voorbeeld: `${KOP}gebruik regeling jeugdloon\ninvoer a: geheel getal\nuitvoer b: bedrag\nregel b is jeugdloon(leeftijd: a, bbl: nee).uurloon\n`,
    oplossing: 'Een aanroep geeft invoer van de basistypen (ja/nee, getal, bedrag, percentage, datum, duur, tekst) en keuzes, eventueel `of leeg`. Een regeling met invoer van gegevens of een lijst kan (nog) niet worden aangeroepen: splits haar invoer in losse velden, of roep haar aan met de CLI.',
    naast: { jeugdloon: JEUGDLOON },
  },
  RW2030: {
    ernst: 'fout', titel: 'Bereik van een lijst is geen aantal elementen',
    voorbeeld: `${KOP}invoer jaren: lijst van getal bereik 0 tot 2,5\nuitvoer n: getal\nregel n is aantal jaren\n`,
    oplossing: 'Een `bereik` op een lijst zegt hoeveel elementen gegenereerde lijsten hebben: schrijf hele getallen vanaf 0 (`bereik 0 tot 40`).',
  },
  RW2031: {
    ernst: 'fout', titel: 'Bereik begint na zijn einde',
    voorbeeld: `${KOP}invoer geboren: datum bereik 2040-12-31 tot 1950-01-01\nuitvoer j: ja/nee\nregel j is geboren is voor 2000-01-01\n`,
    oplossing: 'Schrijf de kleinste grens eerst: `bereik 1950-01-01 tot 2040-12-31`.',
  },
  RW3001: {
    ernst: 'waarschuwing', titel: 'Ongebruikte invoer',
    voorbeeld: `${KOP}invoer a: getal\ninvoer ongebruikt: getal\nuitvoer b: getal\nregel b is a\n`,
    oplossing: 'Gebruik de invoer in een regel, of verwijder hem.',
  },
  RW3002: {
    ernst: 'waarschuwing', titel: 'Ongebruikte parameter',
    voorbeeld: `${KOP}invoer a: getal\nparameter p: getal is 3\nuitvoer b: getal\nregel b is a\n`,
    oplossing: 'Gebruik de parameter in een regel, of verwijder hem.',
  },
  RW3003: {
    ernst: 'waarschuwing', titel: 'Ongebruikte regel',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is a\nregel hulp: getal is a * 2\n`,
    oplossing: 'Een regel die geen uitvoer is, moet door een andere regel gebruikt worden.',
  },
  RW3004: {
    ernst: 'waarschuwing', titel: 'Ongebruikte functie of soort',
    voorbeeld: `${KOP}invoer a: getal\nfunctie f(x: getal): getal is x\nuitvoer b: getal\nregel b is a\n`,
    oplossing: 'Gebruik de functie of soort, of verwijder haar.',
  },
  RW4008: {
    ernst: 'waarschuwing', titel: 'Geen geldige invoer',
    voorbeeld: `${KOP}invoer x: getal\n  eis x is groter dan 5 en x is kleiner dan 3\nuitvoer y: getal\nregel y is x\n`,
    oplossing: 'Geen invoer voldoet aan alle eisen, dus elke evaluatie stopt met ongeldige invoer. Herstel de eisen.',
  },
  RW4001: {
    ernst: 'waarschuwing', titel: 'Uitzondering nooit van toepassing',
    voorbeeld: `${KOP}invoer vorm: keuze a, b\ninvoer n: getal\n  eis n is ten minste 0\nuitvoer x: getal\nregel x: getal is n\n  uitzondering "negatief" indien vorm is a en n is kleiner dan 0 dan 0\n`,
    oplossing: 'De voorwaarde spreekt zichzelf of een eis van de invoer tegen (bewezen over keuzes, ja/nee en getalgrenzen). Herstel de voorwaarde of verwijder de uitzondering.',
  },
  RW4002: {
    ernst: 'waarschuwing', titel: 'Uitzondering in de zoektocht nooit van toepassing',
    voorbeeld: `${KOP}invoer xs: lijst van getal\nuitvoer x: getal\nregel x: getal is aantal xs\n  uitzondering "heel lang" indien aantal xs is groter dan 1000 dan 0\n`,
    oplossing: 'Geen bewijs: in de willekeurige geldige invoeren gold de voorwaarde nooit. Ga na of zij kan gelden (regelwerk check --runs N zoekt langer) en geef een voorbeeld waarin zij geldt.',
  },
  RW4003: {
    ernst: 'waarschuwing', titel: 'Uitzonderingen in conflict',
    voorbeeld: `${KOP}invoer a: ja/nee\ninvoer b: ja/nee\nuitvoer x: getal\nregel x: getal is 0\n  uitzondering "a" indien a dan 1\n  uitzondering "b" indien b dan 2\n`,
    oplossing: 'Twee uitzonderingen kunnen tegelijk gelden met verschillende uitkomsten; de evaluatie stopt dan met een conflict. Sluit ze elkaar uit (bijvoorbeeld "indien b en niet a") of laat ze hetzelfde geven.',
  },
  RW4004: {
    ernst: 'waarschuwing', titel: 'Regel kan leeg zijn',
    voorbeeld: `${KOP}invoer n: getal\nuitvoer x: getal\nregel x: getal is n indien n is groter dan 10\n  uitzondering "klein" indien n is kleiner dan 5 dan 0\n`,
    oplossing: 'Voor de genoemde invoer geldt de basisregel niet en geen uitzondering, zodat de evaluatie stopt. Dek het gat af met een uitzondering of een ruimere "indien".',
  },
  RW4005: {
    ernst: 'waarschuwing', titel: 'Keuzewaarde niet behandeld',
    voorbeeld: `${KOP}invoer rol: keuze inlener, uitlener, bemiddelaar\nuitvoer x: getal\nregel x: getal is 1 indien rol is uitlener\n  uitzondering "inlener" indien rol is inlener dan 2\n`,
    oplossing: 'De regel maakt onderscheid op een keuze maar noemt niet elke waarde; voor de vergeten waarden is hij altijd leeg. Voeg een uitzondering toe of laat de basisregel zonder "indien" gelden.',
  },
  RW4006: {
    ernst: 'waarschuwing', titel: 'Perioden van een parameter overlappen',
    voorbeeld: `${KOP}invoer a: getal\nparameter p: getal\n  vanaf 2025-01-01 tot 2025-12-31 is 1\n  vanaf 2025-07-01 is 2\nuitvoer b: getal\nregel b is a * p\n`,
    oplossing: 'Op de dagen van de overlap geldt de latere rij. Laat de eerdere rij eindigen op de dag voor de volgende begint.',
  },
  RW4007: {
    ernst: 'waarschuwing', titel: 'Gat in de perioden van een parameter',
    voorbeeld: `${KOP}invoer a: getal\nparameter p: getal\n  vanaf 2025-01-01 tot 2025-06-30 is 1\n  vanaf 2025-08-01 is 2\nuitvoer b: getal\nregel b is a * p\n`,
    oplossing: 'Op een peildatum in het gat heeft de parameter geen waarde en stopt de evaluatie met een fout. Sluit de rijen op elkaar aan, of laat de regeling (geldig vanaf/tot) het gat niet omvatten.',
  },
  RW4009: {
    ernst: 'waarschuwing', titel: 'Gat in een beslistabel',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | groter dan 0 | 1 |\n`,
    oplossing: 'Voor de genoemde invoer past geen rij, zodat de regel leeg is en de evaluatie stopt. Voeg een rij toe voor dat geval, bijvoorbeeld een laatste rij met `-` in elke invoerkolom, of beperk de regel met `indien`.',
  },
  RW4010: {
    ernst: 'waarschuwing', titel: 'Rijen van een unieke tabel overlappen',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel uniek\n  | a | x |\n  | ten minste 0 | 1 |\n  | ten hoogste 5 | 2 |\n  | kleiner dan 0 | 3 |\n`,
    oplossing: 'In een `tabel uniek` mag voor elke invoer ten hoogste één rij passen; voor de genoemde invoer passen er twee en stopt de evaluatie met een conflict. Maak de cellen elkaar uitsluitend, of schrijf `tabel eerste`.',
  },
  RW4011: {
    ernst: 'waarschuwing', titel: 'Rij van een beslistabel beslist nooit',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | ten minste 0 | 1 |\n  | 5 | 2 |\n  | kleiner dan 0 | 3 |\n`,
    oplossing: 'Elke invoer waarvoor de rij past, valt al onder een eerdere rij (in `tabel eerste`), of de rij past voor geen enkele geldige invoer. Verwijder de rij, of zet haar vóór de rij die haar dekt.',
  },
  RW5001: {
    ernst: 'fout', titel: 'Zonder bron (check --streng)',
    voorbeeld: `${KOP}invoer a: getal\n  bron "art. 1"\nuitvoer b: getal\n  bron "art. 2"\nregel b is a * 2\neigenschap "e1": b is ten minste 0 indien a is ten minste 0\neigenschap "e2": b is ten minste 0 indien a is ten minste 0\neigenschap "e3": b is ten minste 0 indien a is ten minste 0\n`,
    oplossing: 'Met --streng draagt elke regel, uitzondering, parameter, invoer en uitvoer een `bron "..."` met het artikel of de brief waar hij op berust (een gedateerde parameterrij valt onder de bron van haar parameter).',
  },
  RW5002: {
    ernst: 'fout', titel: 'Te weinig eigenschappen (check --streng)',
    voorbeeld: `${KOP}invoer a: getal\n  bron "art. 1"\nuitvoer b: getal\n  bron "art. 2"\nregel b is a * 2\n  bron "art. 3"\n`,
    oplossing: 'Met --streng heeft een regeling ten minste drie eigenschappen: wat altijd moet gelden (`hangt niet af van`, `stijgt niet als`, een bewering met `indien`).',
  },
  RW5003: {
    ernst: 'waarschuwing', titel: 'Clausule door niets bereikt',
    voorbeeld: `${KOP}invoer a: geheel getal\n  eis a is groter dan 1\ninvoer b: geheel getal\n  eis b is groter dan 1\nuitvoer x: getal\nregel x: getal is 0\n  uitzondering "product" indien a * b is 1000003 dan 1\n`,
    oplossing: 'Geen voorbeeld, geen gegenereerd geval en geen invoer die de beslisser bouwde kwam in deze clausule (een basisdefinitie, uitzondering, tabelrij of tak van een `als`): wat daar staat is niet getest. Geef een voorbeeld waarin zij beslist; kan zij nooit gelden, verwijder haar. `regelwerk test --dekking` toont per clausule wat haar bereikte. Met `check --streng` is dit een fout.',
  },
  RW6001: {
    ernst: 'fout', titel: 'Niet naar SQL te vertalen', intern: true,
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is a\n`,
    oplossing: 'De SQL-compiler (`naarSql`, `regelwerk sql`) kreeg een gecontroleerde regeling met iets wat de controle had moeten weigeren (een naam zonder binding, een rekensom zonder variant): een interne fout, in woorden. Meld haar met het bestand; reken zo lang met de JavaScript-engine (`regelwerk bevolking --engine js`). De andere RW60xx-codes noemen een clausule buiten de SQL-deelverzameling (docs/sql.md).',
  },
  RW6002: {
    ernst: 'fout', titel: 'Rekensom buiten de SQL-deelverzameling',
    voorbeeld: `${KOP}invoer a: getal\ninvoer b: getal\nuitvoer c: getal\nregel c is a / b\n`,
    oplossing: 'Een deling zonder afronding is een exacte breuk, die SQL niet exact kan bewaren: rond haar meteen af, `(a / b) afgerond op 2 decimalen`. Rekenen met datums en duren valt (nog) buiten de SQL-deelverzameling; reken zo een regeling met de JavaScript-engine.',
  },
  RW6003: {
    ernst: 'fout', titel: 'Getal te groot of te fijn voor exacte SQL',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer d: getal\nregel d is a * a * a * a\n`,
    oplossing: 'SQL rekent hier exact met gehele getallen van ten hoogste 38 cijfers (DuckDB HUGEINT) en ten hoogste 18 decimalen; een product van veel factoren met elk hun decimalen heeft er meer nodig. Rond tussenuitkomsten af, of reken met de JavaScript-engine. (Een som of product dat alleen bij uitzonderlijk grote waarden te veel cijfers krijgt, wordt wel vertaald: zo\'n geval krijgt fout = niet-sql.)',
  },
  RW6004: {
    ernst: 'fout', titel: 'Samengestelde waarde buiten de SQL-deelverzameling',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: gegevens { x: getal }\nregel b is { x: a }\n`,
    oplossing: 'Een uitvoer in SQL is één kolom met één waarde: geen record of lijst. Een record of lijst kan wel tussen regels; vergelijk of kies er niet tussen als geheel. Maak van elk veld een eigen uitvoer.',
  },
  RW6005: {
    ernst: 'fout', titel: 'Lijstbewerking buiten de SQL-deelverzameling',
    voorbeeld: `${KOP}invoer a: lijst van getal\nuitvoer b: getal\nregel b is vouw x in a met s beginnend bij 0: s + x\n`,
    oplossing: 'De SQL-compiler vertaalt `aantal`, `som`, `eerste`, `laatste`, `elk ... waarvoor`, `er is een`, `voor alle` en de vouw over een lijst van records (docs/sql.md); andere lijstbewerkingen niet. Reken zo een regeling met de JavaScript-engine.',
  },
  RW6006: {
    ernst: 'fout', titel: 'Ingebouwde bewerking buiten de SQL-deelverzameling',
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is a afgerond naar boven op veelvoud van 5\n`,
    oplossing: 'Deze ingebouwde bewerking heeft (nog) geen exacte vertaling naar SQL; docs/sql.md noemt welke wel. Reken zo een regeling met de JavaScript-engine.',
  },
  RW6007: {
    ernst: 'fout', titel: 'Gebruikte regeling buiten de SQL-deelverzameling',
    voorbeeld: `${KOP}gebruik regeling loon\ninvoer a: getal\nuitvoer u: getal\nregel u is loon(a: a).b\n`,
    naast: { loon: 'regeling Loon\n  bron "Wet minimumloon, art. 8"\ninvoer a: getal\nuitvoer b: getal\nregel b is a / 3\n' },
    oplossing: 'Een aanroep van een andere regeling wordt in SQL ingevoegd; dat kan alleen als de aangeroepen regeling zelf binnen de SQL-deelverzameling valt. De melding staat bij de aanroep en zegt wat er in de aangeroepen regeling buiten valt.',
  },
  RW6008: {
    ernst: 'fout', titel: 'Invoer zonder SQL-kolom',
    voorbeeld: `${KOP}invoer a: duur\nuitvoer b: ja/nee\nregel b is a is 0 dagen\n`,
    oplossing: 'Elke invoer is een kolom van `gevallen` met een SQL-type (docs/sql.md); een duur, of een eis op een soort, heeft er (nog) geen. Reken zo een regeling met de JavaScript-engine.',
  },
  RW6009: {
    ernst: 'fout', titel: 'NUL-teken in een naam of tekst', intern: true,
    voorbeeld: `${KOP}uitvoer b: tekst\nregel b is "a<NUL>b"\n`,
    oplossing: 'Een NUL-teken (hier als <NUL> geschreven) kan in geen SQL-tekst staan. Laat het weg. (Getoetst in test/compiler/sql/grens.test.ts, met het teken zelf.)',
  },
  RW6011: {
    ernst: 'fout', titel: 'Lijst in de PostgreSQL-dialect',
    voorbeeld: `${KOP}invoer a: lijst van getal\nuitvoer b: getal\nregel b is aantal a\n`,
    oplossing: 'Lijsten (LIST in DuckDB) vertaalt de SQL-compiler alleen voor DuckDB; in PostgreSQL zouden zij jsonb worden, wat nog niet gebouwd is. Reken zo een regeling op DuckDB (`--dialect duckdb`) of met de JavaScript-engine.',
  },
  RW6012: {
    ernst: 'fout', titel: 'Naam van een kolom die de SQL zelf maakt',
    voorbeeld: `${KOP}invoer id: getal\nuitvoer b: getal\nregel b is id\n`,
    oplossing: 'De tabel `gevallen` heeft altijd een kolom `id`, en de uitkomst de kolommen `fout` en `pad`. Een invoer of uitvoer met een van die namen zou een tweede kolom van die naam geven. Geef haar een andere naam.',
  },
  RW6010: {
    ernst: 'fout', titel: 'Ongeldige SQL-opties', intern: true,
    voorbeeld: `${KOP}invoer a: getal\nuitvoer b: getal\nregel b is a\n`,
    oplossing: 'Geef precies een van beide: een vaste peildatum (JJJJ-MM-DD) of de naam van een DATE-kolom van `gevallen` met de peildatum per geval.',
  },
} as const satisfies Record<string, CatalogusItem>;

export type Code = keyof typeof CATALOGUS;
