using CorsKit.Fetch;

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
                problems.Error(ConfigurationProblemKind.ForbiddenRequestHeader, RequestSetting, name, "is a header only the browser sets (Fetch \"forbidden request-header\"); a page cannot send it, so allowing it has no meaning.", "Remove it.");
                return false;
            }

            return true;
        });

        var redundant = names.Where(n => !FetchRequestHeaders.IsNonWildcardName(n)).ToList();
        if (wildcard && redundant.Count > 0)
        {
            problems.Warning(ConfigurationProblemKind.CoveredByWildcard, RequestSetting, string.Join(",", redundant), "is already covered by \"*\" (only Authorization needs listing beside \"*\").", "Remove these names.");
        }

        return (names, wildcard);
    }

    public static (List<string> Names, bool Wildcard) ValidateExposeHeaders(CorsPolicyOptions options, ProblemCollector problems)
    {
        var (names, wildcard) = ValidateNames(ExposeSetting, options.ExposeHeaders, problems, name =>
        {
            if (FetchResponseHeaders.IsForbidden(name))
            {
                problems.Error(ConfigurationProblemKind.ForbiddenResponseHeader, ExposeSetting, name, "is never readable by pages, whatever the server says (Fetch \"forbidden response-header name\").", "Remove it.");
                return false;
            }

            if (FetchResponseHeaders.IsSafelisted(name))
            {
                problems.Warning(ConfigurationProblemKind.SafelistedResponseHeader, ExposeSetting, name, "is always readable by pages (a CORS-safelisted response header).", "You may remove it.");
            }

            return true;
        });

        if (wildcard && options.Credentials)
        {
            problems.Error(ConfigurationProblemKind.WildcardWithCredentials, ExposeSetting, "*", "means nothing with {Credentials} on: browsers read \"*\" as a header literally named \"*\" on credentialed responses.",
                "List the response headers pages may read, such as X-Request-Id.");
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
                problems.Error(ConfigurationProblemKind.UnreadableValue, setting, value, "is not a header name (letters, digits and !#$%&'*+-.^_`|~ only).", "Write a name such as Content-Type or X-Request-Id.");
                continue;
            }

            if (names.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                problems.Warning(ConfigurationProblemKind.DuplicateValue, setting, value, "is listed twice (header names ignore case).", "Remove the duplicate.");
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
