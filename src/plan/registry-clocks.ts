import type { Logger } from '../logger.js';
import type { OtpGate } from '../otp/gate.js';
import { type ClockSample, clockBounds } from '../otp/skew.js';

/**
 * The runner's clock can be wrong, and a code made in a window's first or last moments can meet a
 * registry that is in another. The Date headers of the existence checks answered so far, by the
 * OTP gate of their package, tell each gate where its registry's clock lies (clockBounds: the more
 * answers, the tighter); one warning per registry names a skew. The same answers tell it the
 * slowest round trip of those reads (for the guard before any code has been answered).
 */
export class RegistryClocks {
  private readonly samples = new Map<OtpGate, ClockSample[]>();
  private readonly warned = new Set<OtpGate>();

  constructor(private readonly logger: Logger) {}

  /** One answer of `gate`'s registry: its Date header, and when the request went and the answer came (the clock's ms). */
  heard(gate: OtpGate, sample: ClockSample): void {
    const samples = this.samples.get(gate) ?? [];
    samples.push(sample);
    this.samples.set(gate, samples);
  }

  /** Before an upload through `gate`: what the answers so far say. */
  tell(gate: OtpGate): void {
    const samples = this.samples.get(gate) ?? [];
    const reading = clockBounds(samples);
    if (!reading) return;
    gate.setSlowestRead(Math.max(...samples.map((sample) => sample.receivedAt - sample.sentAt)));
    gate.setClockBounds(reading.bounds);
    if (reading.skewMs === undefined || this.warned.has(gate)) return;
    this.warned.add(gate);
    const seconds = Math.round(Math.abs(reading.skewMs) / 1000);
    this.logger.warning(
      `the ${gate.registry} registry's clock is ${seconds} s ${reading.skewMs > 0 ? 'ahead of' : 'behind'} the runner's (from its Date headers); ` +
        "one-time passwords are made for the registry's time. Fix the runner's clock (NTP) if this persists.",
    );
  }
}
