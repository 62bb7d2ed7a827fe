namespace CorsKit.Tests.Properties;

// One place reads the documented long run's setting (docs/hardening.md), so every CsCheck property scales with it.
internal static class PropertyIterations
{
    /// <summary>CORSKIT_PROPERTY_ITERATIONS when set to a number, otherwise <paramref name="ciDefault"/>.</summary>
    public static long OrDefault(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("CORSKIT_PROPERTY_ITERATIONS"), out var iterations) ? iterations : ciDefault;
}
