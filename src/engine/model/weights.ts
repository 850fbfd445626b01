/**
 * The second opinion's weights as scripts/train-model.py writes them: integers in thousandths, one array a feature.
 * A many-class model keeps a number per class; a two-class one keeps one, its score for classes[1] over classes[0].
 */
export interface WeightsFile {
  classes: string[];
  bias: number[];
  scale: number;
  threshold: number;
  weights: Record<string, number[]>;
}

export class Weights {
  readonly classes: readonly string[];
  readonly threshold: number;
  private readonly bias: readonly number[];
  /** per feature, its score for every class (a two-class file's one number spread out) */
  readonly table = new Map<string, Float64Array>();

  constructor(file: WeightsFile) {
    this.classes = file.classes;
    this.threshold = file.threshold;
    this.bias = file.bias;
    const n = file.classes.length;
    for (const [feature, w] of Object.entries(file.weights)) {
      const row = new Float64Array(n);
      if (w.length === n) w.forEach((x, k) => (row[k] = x / file.scale));
      else row[n - 1] = w[0]! / file.scale;
      this.table.set(feature, row);
    }
  }

  /** Fresh scores holding the bias, for features to be added to. */
  start(): number[] {
    return [...this.bias];
  }

  add(z: number[], row: Float64Array | undefined): void {
    if (row) for (let k = 0; k < z.length; k++) z[k]! += row[k]!;
  }

  /** The winning class, when it is not `current` and the model gives it at least its threshold; else null. */
  overrule(z: readonly number[], current: string): string | null {
    const top = Math.max(...z);
    let sum = 0;
    for (const x of z) sum += Math.exp(x - top);
    const label = this.classes[z.indexOf(top)]!;
    // exp(top - top) / sum is the winner's probability
    return label !== current && 1 / sum >= this.threshold ? label : null;
  }
}
