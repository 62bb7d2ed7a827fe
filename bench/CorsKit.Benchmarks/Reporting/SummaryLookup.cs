using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CorsKit.Benchmarks.Reporting;

/// <summary>Finds sibling results in a summary: same parameters, another method or another policy shape.</summary>
internal static class SummaryLookup
{
    /// <summary>Mean time in nanoseconds of <paramref name="method"/> run with <paramref name="like"/>'s parameters, with one parameter overridden.</summary>
    public static double? Mean(Summary summary, BenchmarkCase like, string method, string? overrideParameter = null, object? overrideValue = null)
    {
        foreach (var candidate in summary.BenchmarksCases)
        {
            if (candidate.Descriptor.Type != like.Descriptor.Type || candidate.Descriptor.WorkloadMethod.Name != method)
            {
                continue;
            }

            if (SameParameters(candidate, like, overrideParameter, overrideValue))
            {
                return summary[candidate]?.ResultStatistics?.Mean;
            }
        }

        return null;
    }

    /// <summary>The figure with the cost of resetting the context taken out; raw for methods that do not reset.</summary>
    public static double? NetMean(Summary summary, BenchmarkCase like, string method, string? overrideParameter = null, object? overrideValue = null)
    {
        var mean = Mean(summary, like, method, overrideParameter, overrideValue);
        if (mean is null || method == BenchmarkNames.CorsKitEvaluate)
        {
            return mean;
        }

        var reset = Mean(summary, like, BenchmarkNames.Reset, overrideParameter, overrideValue);
        return reset is null ? null : mean - reset;
    }

    private static bool SameParameters(BenchmarkCase candidate, BenchmarkCase like, string? overrideParameter, object? overrideValue)
    {
        foreach (var parameter in like.Parameters.Items)
        {
            var expected = parameter.Name == overrideParameter ? overrideValue : parameter.Value;
            if (!Equals(candidate.Parameters[parameter.Name], expected))
            {
                return false;
            }
        }

        return true;
    }
}
