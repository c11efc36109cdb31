// The one seed every run uses, so every run benchmarks the same data.
export const SEED = 20261121;
