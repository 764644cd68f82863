// The state of one run of the checker, shared by its parts (checker/*.ts): what it has found so
// far (declarations, types, bindings, diagnostics, what is used by what) and the steps every part
// takes: report a diagnostic, make or extend a scope, record a local name or a use, and type an
// expression. That last step recurses through all the parts; checker.ts gives it the typing rule
// of expressions (expressies.ts), so no part imports the parts that import it.
import type * as A from '../ast.js';
import { type Diagnose, diagnose } from '../diagnostics.js';
import type { Code } from '../catalogus.js';
import type { Type } from '../../runtime/typen.js';
import type { Rekenvariant } from '../operatoren.js';
import type { IngebouwdVariant } from '../ingebouwd.js';
import type { Binding, FunctieInfo, Gecontroleerd, InvoerInfo, LokaleNaam, Module, ParameterInfo, RegelInfo, UitvoerInfo } from './resultaat.js';

export interface Scope {
  readonly lokaal: ReadonlyMap<string, Type>;
  readonly nietLeeg: ReadonlySet<string>;
  /** 'regel:x' or 'functie:f' while checking a body; used for dependencies. */
  readonly eigenaar: string | null;
  readonly regelsZichtbaar: boolean;
}

/** The typing rule of expressions, without recording the type (Checker.expr records it). */
export type ExprTyper = (ch: Checker, e: A.Expr, scope: Scope, hint?: Type) => Type;

export class Checker {
  readonly diagnosen: Diagnose[] = [];
  readonly typen = new Map<A.Expr, Type>();
  readonly bindingen = new Map<A.Expr, Binding>();
  readonly rekensommen = new Map<A.Expr, Rekenvariant>();
  readonly ingebouwden = new Map<A.Expr, IngebouwdVariant>();
  readonly soortDecls = new Map<string, A.Declaratie & { kind: 'Soort' }>();
  readonly soortTypen = new Map<string, Type>();
  readonly soortBezig = new Set<string>();
  readonly invoer = new Map<string, InvoerInfo>();
  readonly uitvoer = new Map<string, UitvoerInfo>();
  readonly parameters = new Map<string, ParameterInfo>();
  readonly regelDecls = new Map<string, A.Declaratie & { kind: 'Regel' }>();
  readonly regels = new Map<string, RegelInfo>();
  readonly regelBezig = new Set<string>();
  readonly functies = new Map<string, FunctieInfo>();
  readonly afhankelijk = new Map<string, Set<string>>();
  readonly gebruikt = new Set<string>();
  readonly keuzeTypen: Type[] = [];
  /** By the node that binds the name, so checking an expression again (a fold's step) keeps one entry, the last. */
  readonly lokaleNamen = new Map<A.Naamplek | A.VeldDef, LokaleNaam>();
  /** Checking a declaration of a stdlib module: its local names are not this file's. */
  elders = false;

  constructor(readonly bestand: A.Bestand, readonly modules: readonly Module[], private readonly exprType: ExprTyper,
    /** The policies this file uses (`gebruik regeling`) that loaded without errors, by name. */
    readonly regelingen: ReadonlyMap<string, Gecontroleerd> = new Map()) {}

  meld(code: Code, melding: string, plek: A.Plek, suggestie?: string): void {
    this.diagnosen.push(diagnose(code, melding, this.bestand.bestandsnaam, plek, suggestie));
  }

  scope(lokaal: Map<string, Type>, regelsZichtbaar = true): Scope {
    return { lokaal, nietLeeg: new Set(), eigenaar: null, regelsZichtbaar };
  }

  gebruik(scope: Scope, sleutel: string): void {
    this.gebruikt.add(sleutel);
    if (scope.eigenaar && (sleutel.startsWith('regel:') || sleutel.startsWith('functie:'))) {
      let s = this.afhankelijk.get(scope.eigenaar);
      if (!s) this.afhankelijk.set(scope.eigenaar, (s = new Set()));
      s.add(sleutel);
    }
  }

  expr(e: A.Expr, scope: Scope, hint?: Type): Type {
    const t = this.exprType(this, e, scope, hint);
    this.typen.set(e, t);
    return t;
  }

  /** Records a local name for the result (lokaleNamen); `met` puts it in the scope. */
  bind(naam: A.Naamplek | A.VeldDef, t: Type, binder: A.Plek): void {
    if (!this.elders) this.lokaleNamen.set(naam, { naam: naam.naam, type: t, plek: naam.plek, binder });
  }

  met(scope: Scope, naam: string, t: Type): Scope {
    const lokaal = new Map(scope.lokaal);
    lokaal.set(naam, t);
    const nietLeeg = new Set(scope.nietLeeg);
    nietLeeg.delete(naam);
    return { ...scope, lokaal, nietLeeg };
  }
}
