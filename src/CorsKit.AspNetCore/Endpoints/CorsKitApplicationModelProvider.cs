using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CorsKit.AspNetCore.Endpoints;

/// <summary>
/// For controllers and actions carrying <see cref="CorsKitPolicyAttribute"/> or <see cref="DisableCorsKitAttribute"/>,
/// lets routing match CORS preflights to their actions, as <see cref="PreflightRouting"/> does for minimal APIs.
/// </summary>
internal sealed class CorsKitApplicationModelProvider : IApplicationModelProvider
{
    // After MVC's default provider (-1000) has turned [HttpGet] and friends into selectors.
    public int Order => -900;

    public void OnProvidersExecuting(ApplicationModelProviderContext context)
    {
    }

    public void OnProvidersExecuted(ApplicationModelProviderContext context)
    {
        foreach (var controller in context.Result.Controllers)
        {
            var controllerHasMetadata = controller.Attributes.OfType<ICorsKitMetadata>().Any();
            foreach (var action in controller.Actions)
            {
                if (controllerHasMetadata || action.Attributes.OfType<ICorsKitMetadata>().Any())
                {
                    foreach (var selector in action.Selectors)
                    {
                        AcceptPreflights(selector);
                    }
                }
            }
        }
    }

    private static void AcceptPreflights(SelectorModel selector)
    {
        PreflightRouting.AcceptPreflights(selector.EndpointMetadata);

        // Endpoint routing matches methods through the metadata above; the legacy constraint would refuse OPTIONS again.
        for (var i = selector.ActionConstraints.Count - 1; i >= 0; i--)
        {
            if (selector.ActionConstraints[i] is HttpMethodActionConstraint)
            {
                selector.ActionConstraints.RemoveAt(i);
            }
        }
    }
}
