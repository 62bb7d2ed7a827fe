using CorsKit.Fetch;
using CorsKit.Policy.Problems;

namespace CorsKit.Policy;

/// <summary>Validates <see cref="CorsPolicyOptions.Headers"/> and <see cref="CorsPolicyOptions.ExposeHeaders"/>.</summary>
internal static class HeadersSetting
{
    private const string RequestSetting = nameof(CorsPolicyOptions.Headers);
    private const string ExposeSetting = nameof(CorsPolicyOptions.ExposeHeaders);

    public static (List<string> Names, bool Wildcard) ValidateRequestHeaders(CorsPolicyOptions options, ProblemCollector problems)
    {
        var (names, wildcard) = ValidateNames(RequestSetting, options.Headers, problems, name =>
        {
            if (FetchRequestHeaders.IsForbiddenName(name))
            {
                problems.Error(HeaderProblems.ForbiddenRequest, RequestSetting, name);
                return false;
            }

            return true;
        });

        var redundant = names.Where(n => !FetchRequestHeaders.IsNonWildcardName(n)).ToList();
        if (wildcard && redundant.Count > 0)
        {
            problems.Warning(HeaderProblems.BesideWildcard, RequestSetting, string.Join(",", redundant));
        }

        return (names, wildcard);
    }

    public static (List<string> Names, bool Wildcard) ValidateExposeHeaders(CorsPolicyOptions options, ProblemCollector problems)
    {
        var (names, wildcard) = ValidateNames(ExposeSetting, options.ExposeHeaders, problems, name =>
        {
            if (FetchResponseHeaders.IsForbidden(name))
            {
                problems.Error(HeaderProblems.ForbiddenResponse, ExposeSetting, name);
                return false;
            }

            if (FetchResponseHeaders.IsSafelisted(name))
            {
                problems.Warning(HeaderProblems.SafelistedResponse, ExposeSetting, name);
            }

            return true;
        });

        if (wildcard && options.Credentials)
        {
            problems.Error(HeaderProblems.ExposeWildcardWithCredentials, ExposeSetting, "*");
        }

        return (names, wildcard);
    }

    private static (List<string> Names, bool Wildcard) ValidateNames(string setting, IList<string> values, ProblemCollector problems, Func<string, bool> accept)
    {
        var names = new List<string>();
        var wildcard = false;
        foreach (var value in values)
        {
            if (value == "*")
            {
                wildcard = true;
                continue;
            }

            if (!HttpToken.IsToken(value))
            {
                problems.Error(HeaderProblems.NotAHeaderName, setting, value);
                continue;
            }

            if (names.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                problems.Warning(HeaderProblems.Duplicate, setting, value);
                continue;
            }

            if (accept(value))
            {
                names.Add(value);
            }
        }

        return (names, wildcard);
    }
}
