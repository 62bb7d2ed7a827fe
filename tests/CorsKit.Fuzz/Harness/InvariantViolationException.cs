namespace CorsKit.Fuzz.Harness;

/// <summary>A decision broke one of the engine's security invariants; the fuzzer reports it as a crash.</summary>
internal sealed class InvariantViolationException(string message) : Exception(message);
