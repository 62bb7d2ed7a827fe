using System.Reflection;
using System.Text.RegularExpressions;
using CorsKit.Policy;

namespace CorsKit.TestSupport.Engine;

/// <summary>
/// The problem templates an assembly declares, and what each must satisfy: its reason reads after the value, its fix
/// is a sentence of its own, and every placeholder is a field or a real setting.
/// </summary>
public static partial class ProblemTemplates
{
    private static readonly HashSet<string> Placeholders =
        [.. typeof(CorsPolicyOptions).GetProperties().Select(property => property.Name), "value", "detail", "expected"];

    /// <summary>Every static template field of <paramref name="assemblies"/>, public or not, by type and field name.</summary>
    public static IEnumerable<(string Name, ConfigurationProblemTemplate Template)> DeclaredIn(params Assembly[] assemblies) =>
        assemblies.SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(ConfigurationProblemTemplate))
            .Select(field => ($"{field.DeclaringType!.Name}.{field.Name}", (ConfigurationProblemTemplate)field.GetValue(null)!));

    /// <summary>What is wrong with <paramref name="template"/>'s wording; empty when nothing is.</summary>
    public static IEnumerable<string> Violations(ConfigurationProblemTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        // A reason may open with a field, such as the line of a file ("line 3, ...").
        if (!char.IsLower(template.Reason[0]) && !template.Reason.StartsWith("{detail}", StringComparison.Ordinal))
        {
            yield return $"the reason follows the value, so it starts in lower case: {template.Reason}";
        }

        if (!char.IsUpper(template.Fix[0]))
        {
            yield return $"the fix is a sentence of its own: {template.Fix}";
        }

        foreach (var text in new[] { template.Reason, template.Fix })
        {
            var unescaped = text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal);
            var placeholders = Placeholder().Matches(unescaped).Select(match => match.Groups[1].Value).ToList();
            foreach (var unknown in placeholders.Where(name => !Placeholders.Contains(name)))
            {
                yield return $"{{{unknown}}} is neither a field nor a setting: {text}";
            }

            if (unescaped.Count(c => c == '{') != placeholders.Count)
            {
                yield return $"a brace that is no placeholder must be written twice: {text}";
            }
        }
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
