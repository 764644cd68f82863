// The progress bar of `regelwerk bevolking` on a terminal: done and total, the rate and the time
// left, redrawn at most five times a second on one line of standard error. Only made when standard
// error is a terminal: in a pipe or a log the run stays quiet.
export class Voortgang {
  private readonly begin = Date.now();
  private laatst = 0;

  constructor(private readonly totaal: number, private readonly schrijf: (s: string) => void = (s) => process.stderr.write(s)) {}

  zet(gedaan: number): void {
    const nu = Date.now();
    if (nu - this.laatst < 200 && gedaan < this.totaal) return;
    this.laatst = nu;
    const sec = Math.max((nu - this.begin) / 1000, 1e-3);
    const tempo = gedaan / sec;
    const deel = this.totaal > 0 ? Math.min(gedaan / this.totaal, 1) : 1;
    const vol = Math.round(deel * 24);
    const rest = tempo > 0 ? Math.max(this.totaal - gedaan, 0) / tempo : 0;
    this.schrijf(`\r[${'#'.repeat(vol)}${'.'.repeat(24 - vol)}] ${gedaan.toLocaleString('nl-NL')}/${this.totaal.toLocaleString('nl-NL')} gevallen, ${Math.round(tempo).toLocaleString('nl-NL')}/s, nog ${tijd(rest)}  `);
  }

  klaar(): void {
    if (this.laatst > 0) this.schrijf(`\r${' '.repeat(100)}\r`);
  }
}

/** Seconds as m:ss (or u:mm:ss). */
export function tijd(s: number): string {
  const t = Math.round(s);
  const u = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const ss = String(t % 60).padStart(2, '0');
  return u > 0 ? `${u}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
