/**
 * JVM options for the short java runs of the tests (Debian's epubcheck on one file): the quick JIT tier alone and the
 * serial collector. Such a run is mostly start-up, which these options about halve in CPU time; what epubcheck checks
 * is the same.
 */
export const QUICK_JVM = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
