package io.gongkai.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's source of randomness: a {@link SplittableRandom} seeded from (seed, stream, index) by a SplitMix64
 * finaliser, so that report {@code i} draws the same numbers whatever the corpus size, plus the few distributions the
 * value model needs (Poisson, binomial, log-normal). Not thread-safe; one per body or report.
 */
final class Dice {
  private final SplittableRandom random;

  private Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The dice of one stream ({@code 1} bodies, {@code 2} reports…) at one index, for a corpus seed. */
  static Dice of(long seed, long stream, long index) {
    return new Dice(mix(mix(seed * 0x9E3779B97F4A7C15L + stream) ^ (index * 0xC2B2AE3D27D4EB4FL + stream)));
  }

  /** A child stream for one purpose, so adding draws to one purpose does not shift the others. */
  Dice fork(long salt) {
    return new Dice(mix(random.nextLong() ^ (salt * 0xD6E8FEB86659FD93L)));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  boolean chance(double p) {
    return p > 0 && random.nextDouble() < p;
  }

  /** Uniform in [lo, hi], both included. */
  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  long between(long lo, long hi) {
    return lo + random.nextLong(hi - lo + 1);
  }

  double uniform() {
    return random.nextDouble();
  }

  double gaussian() {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** exp(N(mu, sigma)): the heavy tail of request counts and decisions. */
  double logNormal(double mu, double sigma) {
    return Math.exp(mu + sigma * gaussian());
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T pickOf(T... items) {
    return items[random.nextInt(items.length)];
  }

  /** An index drawn with the given (unnormalised) weights. */
  int weighted(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  long poisson(double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 40) {
      return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian()));
    }
    double l = Math.exp(-lambda);
    long k = 0;
    double p = 1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }

  long binomial(long n, double p) {
    if (n <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    if (n > 60) {
      double mean = n * p;
      double sd = Math.sqrt(n * p * (1 - p));
      return Math.min(n, Math.max(0, Math.round(mean + sd * gaussian())));
    }
    long k = 0;
    for (long i = 0; i < n; i++) {
      if (random.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }

  /** Splits {@code n} over categories with the given weights (sequential binomials): the parts sum to {@code n}. */
  long[] multinomial(long n, double[] weights) {
    long[] parts = new long[weights.length];
    double rest = 0;
    for (double w : weights) {
      rest += w;
    }
    long left = n;
    for (int i = 0; i < weights.length - 1 && left > 0; i++) {
      double p = rest <= 0 ? 0 : weights[i] / rest;
      parts[i] = binomial(left, Math.min(1, p));
      left -= parts[i];
      rest -= weights[i];
    }
    parts[weights.length - 1] += left;
    return parts;
  }
}
