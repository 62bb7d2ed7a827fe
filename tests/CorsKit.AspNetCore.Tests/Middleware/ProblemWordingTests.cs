using CorsKit.AspNetCore.Middleware;
using CorsKit.TestSupport.Engine;

namespace CorsKit.AspNetCore.Tests.Middleware;

// The middleware words its own problems (a missing endpoint policy, the denial header in Production) as the engine
// does: one template per rule, checked by the same rules.
public class ProblemWordingTests
{
    [Fact]
    public void The_middlewares_templates_read_as_the_engines_do()
    {
        var templates = ProblemTemplates.DeclaredIn(typeof(CorsKitMiddleware).Assembly).ToList();

        Assert.Equal(2, templates.Count);
        Assert.All(templates, entry => Assert.Empty(ProblemTemplates.Violations(entry.Template)));
    }
}
