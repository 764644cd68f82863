// Generated from the grammar (language/parser.ts and language/parser/) by `npm run genereer:cst`. Do not edit.
import type { CstNode, IToken } from "chevrotain";

export interface ExpressieCstNode extends CstNode {
  name: "expressie";
  children: ExpressieCstChildren;
}

export type ExpressieCstChildren = {
  alsExpr?: AlsExprCstNode[];
  lambdaExpr?: LambdaExprCstNode[];
  ofExpr?: OfExprCstNode[];
};

export interface AlsExprCstNode extends CstNode {
  name: "alsExpr";
  children: AlsExprCstChildren;
}

export type AlsExprCstChildren = {
  K_als: IToken[];
  expressie: (ExpressieCstNode)[];
  K_dan: IToken[];
  K_anders: IToken[];
};

export interface LambdaExprCstNode extends CstNode {
  name: "lambdaExpr";
  children: LambdaExprCstChildren;
}

export type LambdaExprCstChildren = {
  K_er?: IToken[];
  K_is?: IToken[];
  K_een?: IToken[];
  Naam?: (IToken)[];
  K_in?: (IToken)[];
  optelExpr?: (OptelExprCstNode)[];
  K_waarvoor?: (IToken)[];
  expressie?: (ExpressieCstNode)[];
  K_voor?: IToken[];
  K_alle?: IToken[];
  K_geldt?: IToken[];
  K_elke?: IToken[];
  K_elk?: IToken[];
  filter?: ExpressieCstNode[];
  K_geeft?: IToken[];
  afbeelding?: ExpressieCstNode[];
  K_vouw?: IToken[];
  element?: IToken[];
  K_met?: IToken[];
  accumulator?: IToken[];
  K_beginnend?: IToken[];
  K_bij?: IToken[];
  begin?: ExpressieCstNode[];
  Dubbelepunt?: IToken[];
  stap?: ExpressieCstNode[];
};

export interface OfExprCstNode extends CstNode {
  name: "ofExpr";
  children: OfExprCstChildren;
}

export type OfExprCstChildren = {
  enExpr: (EnExprCstNode)[];
  K_of?: IToken[];
};

export interface EnExprCstNode extends CstNode {
  name: "enExpr";
  children: EnExprCstChildren;
}

export type EnExprCstChildren = {
  nietExpr: (NietExprCstNode)[];
  K_en?: IToken[];
};

export interface NietExprCstNode extends CstNode {
  name: "nietExpr";
  children: NietExprCstChildren;
}

export type NietExprCstChildren = {
  K_niet?: IToken[];
  nietExpr?: NietExprCstNode[];
  vergelijking?: VergelijkingCstNode[];
};

export interface VergelijkingCstNode extends CstNode {
  name: "vergelijking";
  children: VergelijkingCstChildren;
}

export type VergelijkingCstChildren = {
  afrondExpr: (AfrondExprCstNode)[];
  K_is?: IToken[];
  K_niet?: IToken[];
  woordOperator?: WoordOperatorCstNode[];
  symboolOperator?: SymboolOperatorCstNode[];
};

export interface WoordOperatorCstNode extends CstNode {
  name: "woordOperator";
  children: WoordOperatorCstChildren;
}

export type WoordOperatorCstChildren = {
  K_gelijk?: IToken[];
  K_aan?: IToken[];
  K_ten?: (IToken)[];
  K_minste?: IToken[];
  K_hoogste?: IToken[];
  K_groter?: IToken[];
  K_dan?: (IToken)[];
  K_kleiner?: IToken[];
  K_na?: IToken[];
  K_voor?: IToken[];
  K_een?: IToken[];
  K_van?: (IToken)[];
  K_geen?: IToken[];
};

export interface SymboolOperatorCstNode extends CstNode {
  name: "symboolOperator";
  children: SymboolOperatorCstChildren;
}

export type SymboolOperatorCstChildren = {
  Gelijk?: IToken[];
  Ongelijk?: IToken[];
  KleinerGelijk?: IToken[];
  GroterGelijk?: IToken[];
  Kleiner?: IToken[];
  Groter?: IToken[];
};

export interface AfrondExprCstNode extends CstNode {
  name: "afrondExpr";
  children: AfrondExprCstChildren;
}

export type AfrondExprCstChildren = {
  optelExpr: OptelExprCstNode[];
  afronding?: AfrondingCstNode[];
};

export interface AfrondingCstNode extends CstNode {
  name: "afronding";
  children: AfrondingCstChildren;
}

export type AfrondingCstChildren = {
  K_afgerond: IToken[];
  K_op?: (IToken)[];
  K_centen?: IToken[];
  K_euros?: IToken[];
  GetalLit?: IToken[];
  K_decimalen?: IToken[];
  K_hele?: IToken[];
  K_getallen?: IToken[];
  K_naar?: (IToken)[];
  K_beneden?: (IToken)[];
  K_boven?: (IToken)[];
  K_rekenkundig?: IToken[];
  K_bankiers?: IToken[];
  K_veelvoud?: IToken[];
  K_van?: IToken[];
  optelExpr?: OptelExprCstNode[];
};

export interface OptelExprCstNode extends CstNode {
  name: "optelExpr";
  children: OptelExprCstChildren;
}

export type OptelExprCstChildren = {
  maalExpr: (MaalExprCstNode)[];
  Plus?: IToken[];
  Min?: IToken[];
};

export interface MaalExprCstNode extends CstNode {
  name: "maalExpr";
  children: MaalExprCstChildren;
}

export type MaalExprCstChildren = {
  unairExpr: (UnairExprCstNode)[];
  Maal?: IToken[];
  Deel?: IToken[];
  K_van?: IToken[];
};

export interface UnairExprCstNode extends CstNode {
  name: "unairExpr";
  children: UnairExprCstChildren;
}

export type UnairExprCstChildren = {
  Min?: IToken[];
  unairExpr?: UnairExprCstNode[];
  lijstOp?: LijstOpCstNode[];
  kalender?: KalenderCstNode[];
  reeks?: ReeksCstNode[];
  postfixExpr?: PostfixExprCstNode[];
};

export interface KalenderCstNode extends CstNode {
  name: "kalender";
  children: KalenderCstChildren;
}

export type KalenderCstChildren = {
  K_tijdsduur?: IToken[];
  K_van?: (IToken)[];
  begin?: OptelExprCstNode[];
  K_tot?: IToken[];
  einde?: OptelExprCstNode[];
  K_in?: IToken[];
  K_hele?: IToken[];
  K_jaren?: IToken[];
  K_maanden?: IToken[];
  K_weken?: IToken[];
  K_dagen?: IToken[];
  K_jaar?: (IToken)[];
  K_maand?: (IToken)[];
  K_dag?: (IToken)[];
  datum?: UnairExprCstNode[];
  K_de?: IToken[];
  K_datum?: IToken[];
  K_met?: IToken[];
  jaar?: UnairExprCstNode[];
  Komma?: IToken[];
  maand?: UnairExprCstNode[];
  K_en?: IToken[];
  dag?: UnairExprCstNode[];
};

export interface ReeksCstNode extends CstNode {
  name: "reeks";
  children: ReeksCstChildren;
}

export type ReeksCstChildren = {
  K_reeks: IToken[];
  K_van: IToken[];
  begin: OptelExprCstNode[];
  K_tot: IToken[];
  K_en: IToken[];
  K_met: IToken[];
  einde: OptelExprCstNode[];
};

export interface LijstOpCstNode extends CstNode {
  name: "lijstOp";
  children: LijstOpCstChildren;
}

export type LijstOpCstChildren = {
  K_aantal?: IToken[];
  K_som?: IToken[];
  K_van?: (IToken)[];
  K_minimum?: IToken[];
  K_maximum?: IToken[];
  K_eerste?: IToken[];
  K_laatste?: IToken[];
  lambdaExpr?: LambdaExprCstNode[];
  unairExpr?: UnairExprCstNode[];
};

export interface PostfixExprCstNode extends CstNode {
  name: "postfixExpr";
  children: PostfixExprCstChildren;
}

export type PostfixExprCstChildren = {
  primair: PrimairCstNode[];
  Punt?: IToken[];
  Naam?: IToken[];
  BlokOpen?: IToken[];
  expressie?: ExpressieCstNode[];
  BlokSluit?: IToken[];
  duurEenheid?: DuurEenheidCstNode[];
  K_op?: IToken[];
  datum?: PostfixExprCstNode[];
};

export interface DuurEenheidCstNode extends CstNode {
  name: "duurEenheid";
  children: DuurEenheidCstChildren;
}

export type DuurEenheidCstChildren = {
  K_dag?: IToken[];
  K_dagen?: IToken[];
  K_week?: IToken[];
  K_weken?: IToken[];
  K_maand?: IToken[];
  K_maanden?: IToken[];
  K_jaar?: IToken[];
  K_jaren?: IToken[];
};

export interface PrimairCstNode extends CstNode {
  name: "primair";
  children: PrimairCstChildren;
}

export type PrimairCstChildren = {
  GetalLit?: IToken[];
  PercentageLit?: IToken[];
  BedragLit?: IToken[];
  DatumLit?: IToken[];
  TekstLit?: IToken[];
  K_ja?: IToken[];
  K_nee?: IToken[];
  K_leeg?: IToken[];
  K_peildatum?: IToken[];
  Naam?: IToken[];
  HaakOpen?: (IToken)[];
  argument?: ArgumentCstNode[];
  Komma?: (IToken)[];
  HaakSluit?: (IToken)[];
  lid?: ExpressieCstNode[];
  BlokOpen?: IToken[];
  element?: ExpressieCstNode[];
  BlokSluit?: IToken[];
  AccOpen?: IToken[];
  veldWaarde?: VeldWaardeCstNode[];
  AccSluit?: IToken[];
};

export interface ArgumentCstNode extends CstNode {
  name: "argument";
  children: ArgumentCstChildren;
}

export type ArgumentCstChildren = {
  Naam?: IToken[];
  Dubbelepunt?: IToken[];
  expressie: ExpressieCstNode[];
};

export interface VeldWaardeCstNode extends CstNode {
  name: "veldWaarde";
  children: VeldWaardeCstChildren;
}

export type VeldWaardeCstChildren = {
  Naam: IToken[];
  Dubbelepunt: IToken[];
  expressie: ExpressieCstNode[];
};

export interface TypeCstNode extends CstNode {
  name: "type";
  children: TypeCstChildren;
}

export type TypeCstChildren = {
  basisType: BasisTypeCstNode[];
  K_of?: IToken[];
  K_leeg?: IToken[];
};

export interface BasisTypeCstNode extends CstNode {
  name: "basisType";
  children: BasisTypeCstChildren;
}

export type BasisTypeCstChildren = {
  JaNee?: IToken[];
  K_geheel?: IToken[];
  K_getal?: IToken[];
  typeBereik?: (TypeBereikCstNode)[];
  K_bedrag?: IToken[];
  K_percentage?: IToken[];
  K_datum?: IToken[];
  K_duur?: IToken[];
  K_tekst?: IToken[];
  K_keuze?: IToken[];
  Naam?: (IToken)[];
  Komma?: (IToken)[];
  K_gegevens?: IToken[];
  AccOpen?: IToken[];
  veldDef?: VeldDefCstNode[];
  AccSluit?: IToken[];
  K_lijst?: IToken[];
  K_van?: IToken[];
  basisType?: BasisTypeCstNode[];
  NaamLit?: IToken[];
};

export interface TypeBereikCstNode extends CstNode {
  name: "typeBereik";
  children: TypeBereikCstChildren;
}

export type TypeBereikCstChildren = {
  K_van?: IToken[];
  vanGrens?: UnairExprCstNode[];
  K_tot?: IToken[];
  K_en?: (IToken)[];
  K_met?: IToken[];
  totGrens?: UnairExprCstNode[];
  ondergrens?: OndergrensCstNode[];
  bovengrens?: (BovengrensCstNode)[];
};

export interface OndergrensCstNode extends CstNode {
  name: "ondergrens";
  children: OndergrensCstChildren;
}

export type OndergrensCstChildren = {
  K_ten?: IToken[];
  K_minste?: IToken[];
  K_groter?: IToken[];
  K_dan?: IToken[];
  unairExpr: UnairExprCstNode[];
};

export interface BovengrensCstNode extends CstNode {
  name: "bovengrens";
  children: BovengrensCstChildren;
}

export type BovengrensCstChildren = {
  K_ten?: IToken[];
  K_hoogste?: IToken[];
  K_kleiner?: IToken[];
  K_dan?: IToken[];
  unairExpr: UnairExprCstNode[];
};

export interface VeldDefCstNode extends CstNode {
  name: "veldDef";
  children: VeldDefCstChildren;
}

export type VeldDefCstChildren = {
  Naam: IToken[];
  Dubbelepunt: IToken[];
  type: TypeCstNode[];
};

export interface TabelCstNode extends CstNode {
  name: "tabel";
  children: TabelCstChildren;
}

export type TabelCstChildren = {
  K_tabel: IToken[];
  K_eerste?: IToken[];
  K_uniek?: IToken[];
  tabelKop: TabelKopCstNode[];
  tabelRij: TabelRijCstNode[];
};

export interface TabelKopCstNode extends CstNode {
  name: "tabelKop";
  children: TabelKopCstChildren;
}

export type TabelKopCstChildren = {
  Streep: (IToken)[];
  tabelCel: TabelCelCstNode[];
};

export interface TabelRijCstNode extends CstNode {
  name: "tabelRij";
  children: TabelRijCstChildren;
}

export type TabelRijCstChildren = {
  Streep: (IToken)[];
  tabelCel: TabelCelCstNode[];
};

export interface TabelCelCstNode extends CstNode {
  name: "tabelCel";
  children: TabelCelCstChildren;
}

export type TabelCelCstChildren = {
  K_ten?: (IToken)[];
  K_minste?: IToken[];
  afrondExpr?: (AfrondExprCstNode)[];
  K_hoogste?: IToken[];
  K_groter?: IToken[];
  K_dan?: (IToken)[];
  K_kleiner?: IToken[];
  K_na?: IToken[];
  K_voor?: IToken[];
  K_een?: IToken[];
  K_geen?: IToken[];
  K_van?: IToken[];
  optie?: AfrondExprCstNode[];
  Komma?: IToken[];
  K_bron?: IToken[];
  expressie?: ExpressieCstNode[];
  K_tot?: IToken[];
  K_en?: IToken[];
  K_met?: IToken[];
  totEnMet?: AfrondExprCstNode[];
  Min?: IToken[];
};

export interface BestandCstNode extends CstNode {
  name: "bestand";
  children: BestandCstChildren;
}

export type BestandCstChildren = {
  kop?: KopCstNode[];
  declaratie?: DeclaratieCstNode[];
};

export interface KopCstNode extends CstNode {
  name: "kop";
  children: KopCstChildren;
}

export type KopCstChildren = {
  K_regeling: IToken[];
  Naam: IToken[];
  bronClausule?: BronClausuleCstNode[];
  K_geldig?: IToken[];
  K_vanaf?: IToken[];
  K_tot?: IToken[];
  DatumLit?: IToken[];
};

export interface BronClausuleCstNode extends CstNode {
  name: "bronClausule";
  children: BronClausuleCstChildren;
}

export type BronClausuleCstChildren = {
  K_bron: IToken[];
  TekstLit: IToken[];
};

export interface DeclaratieCstNode extends CstNode {
  name: "declaratie";
  children: DeclaratieCstChildren;
}

export type DeclaratieCstChildren = {
  gebruikDecl?: GebruikDeclCstNode[];
  soortDecl?: SoortDeclCstNode[];
  bereikDecl?: BereikDeclCstNode[];
  invoerDecl?: InvoerDeclCstNode[];
  uitvoerDecl?: UitvoerDeclCstNode[];
  parameterDecl?: ParameterDeclCstNode[];
  functieDecl?: FunctieDeclCstNode[];
  regelDecl?: RegelDeclCstNode[];
  voorbeeldDecl?: VoorbeeldDeclCstNode[];
  voorbeeldenPeildatumDecl?: VoorbeeldenPeildatumDeclCstNode[];
  eigenschapDecl?: EigenschapDeclCstNode[];
};

export interface GebruikDeclCstNode extends CstNode {
  name: "gebruikDecl";
  children: GebruikDeclCstChildren;
}

export type GebruikDeclCstChildren = {
  K_gebruik: IToken[];
  K_regeling?: IToken[];
  Naam: IToken[];
};

export interface SoortDeclCstNode extends CstNode {
  name: "soortDecl";
  children: SoortDeclCstChildren;
}

export type SoortDeclCstChildren = {
  K_soort: IToken[];
  Naam: IToken[];
  K_is: IToken[];
  type: TypeCstNode[];
  eisClausule?: EisClausuleCstNode[];
  bronClausule?: BronClausuleCstNode[];
};

export interface InvoerDeclCstNode extends CstNode {
  name: "invoerDecl";
  children: InvoerDeclCstChildren;
}

export type InvoerDeclCstChildren = {
  K_invoer: IToken[];
  Naam: IToken[];
  Dubbelepunt: IToken[];
  type: TypeCstNode[];
  bronClausule?: BronClausuleCstNode[];
  eisClausule?: EisClausuleCstNode[];
  bereikClausule?: BereikClausuleCstNode[];
};

export interface BereikDeclCstNode extends CstNode {
  name: "bereikDecl";
  children: BereikDeclCstChildren;
}

export type BereikDeclCstChildren = {
  K_invoer: IToken[];
  K_bereik: IToken[];
  Naam: IToken[];
  Dubbelepunt: IToken[];
  optelExpr: (OptelExprCstNode)[];
  K_tot: IToken[];
};

export interface EisClausuleCstNode extends CstNode {
  name: "eisClausule";
  children: EisClausuleCstChildren;
}

export type EisClausuleCstChildren = {
  K_eis: IToken[];
  expressie: ExpressieCstNode[];
  K_melding?: IToken[];
  TekstLit?: IToken[];
};

export interface BereikClausuleCstNode extends CstNode {
  name: "bereikClausule";
  children: BereikClausuleCstChildren;
}

export type BereikClausuleCstChildren = {
  K_bereik: IToken[];
  optelExpr: (OptelExprCstNode)[];
  K_tot: IToken[];
};

export interface UitvoerDeclCstNode extends CstNode {
  name: "uitvoerDecl";
  children: UitvoerDeclCstChildren;
}

export type UitvoerDeclCstChildren = {
  K_uitvoer: IToken[];
  Naam: IToken[];
  Dubbelepunt: IToken[];
  type: TypeCstNode[];
  bronClausule?: BronClausuleCstNode[];
};

export interface ParameterDeclCstNode extends CstNode {
  name: "parameterDecl";
  children: ParameterDeclCstChildren;
}

export type ParameterDeclCstChildren = {
  K_parameter: IToken[];
  Naam: IToken[];
  Dubbelepunt: IToken[];
  type: TypeCstNode[];
  bronClausule?: (BronClausuleCstNode)[];
  K_is?: IToken[];
  optelExpr?: OptelExprCstNode[];
  parameterRij?: ParameterRijCstNode[];
};

export interface ParameterRijCstNode extends CstNode {
  name: "parameterRij";
  children: ParameterRijCstChildren;
}

export type ParameterRijCstChildren = {
  K_vanaf: IToken[];
  DatumLit: (IToken)[];
  K_tot?: IToken[];
  K_is: IToken[];
  optelExpr: OptelExprCstNode[];
  bronClausule?: BronClausuleCstNode[];
};

export interface FunctieDeclCstNode extends CstNode {
  name: "functieDecl";
  children: FunctieDeclCstChildren;
}

export type FunctieDeclCstChildren = {
  K_functie: IToken[];
  Naam: IToken[];
  HaakOpen: IToken[];
  veldDef?: VeldDefCstNode[];
  Komma?: IToken[];
  HaakSluit: IToken[];
  Dubbelepunt: IToken[];
  type: TypeCstNode[];
  K_is: IToken[];
  expressie: ExpressieCstNode[];
  bronClausule?: BronClausuleCstNode[];
};

export interface RegelDeclCstNode extends CstNode {
  name: "regelDecl";
  children: RegelDeclCstChildren;
}

export type RegelDeclCstChildren = {
  K_regel: IToken[];
  Naam: IToken[];
  Dubbelepunt?: IToken[];
  type?: TypeCstNode[];
  K_is: IToken[];
  tabel?: TabelCstNode[];
  expressie?: (ExpressieCstNode)[];
  K_indien?: IToken[];
  bronClausule?: BronClausuleCstNode[];
  uitzondering?: UitzonderingCstNode[];
};

export interface UitzonderingCstNode extends CstNode {
  name: "uitzondering";
  children: UitzonderingCstChildren;
}

export type UitzonderingCstChildren = {
  K_uitzondering: IToken[];
  TekstLit?: IToken[];
  K_op?: IToken[];
  ouder?: IToken[];
  K_indien: IToken[];
  expressie: (ExpressieCstNode)[];
  K_dan: IToken[];
  bronClausule?: BronClausuleCstNode[];
};

export interface VoorbeeldenPeildatumDeclCstNode extends CstNode {
  name: "voorbeeldenPeildatumDecl";
  children: VoorbeeldenPeildatumDeclCstChildren;
}

export type VoorbeeldenPeildatumDeclCstChildren = {
  K_voorbeelden: IToken[];
  K_peildatum: IToken[];
  DatumLit: IToken[];
};

export interface VoorbeeldDeclCstNode extends CstNode {
  name: "voorbeeldDecl";
  children: VoorbeeldDeclCstChildren;
}

export type VoorbeeldDeclCstChildren = {
  K_voorbeeld: IToken[];
  TekstLit: (IToken)[];
  bronClausule?: BronClausuleCstNode[];
  K_peildatum?: IToken[];
  DatumLit?: IToken[];
  K_parameter?: IToken[];
  toewijzing?: (ToewijzingCstNode)[];
  K_gegeven: IToken[];
  K_verwacht: IToken[];
  K_fout?: IToken[];
};

export interface ToewijzingCstNode extends CstNode {
  name: "toewijzing";
  children: ToewijzingCstChildren;
}

export type ToewijzingCstChildren = {
  Naam: IToken[];
  K_is: IToken[];
  optelExpr: OptelExprCstNode[];
};

export interface EigenschapDeclCstNode extends CstNode {
  name: "eigenschapDecl";
  children: EigenschapDeclCstChildren;
}

export type EigenschapDeclCstChildren = {
  K_eigenschap: IToken[];
  TekstLit: IToken[];
  Dubbelepunt: IToken[];
  Naam?: (IToken)[];
  Komma?: IToken[];
  K_hangt?: IToken[];
  K_niet?: (IToken)[];
  K_af?: IToken[];
  K_van?: IToken[];
  K_stijgt?: (IToken)[];
  K_daalt?: IToken[];
  K_als?: IToken[];
  expressie?: (ExpressieCstNode)[];
  K_indien?: IToken[];
  bronClausule?: BronClausuleCstNode[];
};
