using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CorsKit.Benchmarks.Reporting;

/// <summary>Finds sibling results in a summary: same parameters, another method or another policy shape.</summary>
internal static class SummaryLookup
{
    /// <summary>
    /// Median time in nanoseconds of <paramref name="method"/> run with <paramref name="like"/>'s parameters, with one
    /// parameter overridden. The median, not the mean: on a small shared machine one disturbed iteration moves a mean
    /// by tens of nanoseconds (a standard deviation of 28 ns on a 105 ns row was seen), and the median ignores it.
    /// </summary>
    public static double? Median(Summary summary, BenchmarkCase like, string method, string? overrideParameter = null, object? overrideValue = null)
    {
        foreach (var candidate in summary.BenchmarksCases)
        {
            if (candidate.Descriptor.Type != like.Descriptor.Type || candidate.Descriptor.WorkloadMethod.Name != method)
            {
                continue;
            }

            if (SameParameters(candidate, like, overrideParameter, overrideValue))
            {
                return summary[candidate]?.ResultStatistics?.Median;
            }
        }

        return null;
    }

    /// <summary>The figure with the cost of resetting the context taken out; raw for methods that do not reset.</summary>
    public static double? NetMedian(Summary summary, BenchmarkCase like, string method, string? overrideParameter = null, object? overrideValue = null)
    {
        var median = Median(summary, like, method, overrideParameter, overrideValue);
        if (median is null || method == BenchmarkNames.CorsKitEvaluate)
        {
            return median;
        }

        var reset = Median(summary, like, BenchmarkNames.Reset, overrideParameter, overrideValue);
        return reset is null ? null : median - reset;
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
