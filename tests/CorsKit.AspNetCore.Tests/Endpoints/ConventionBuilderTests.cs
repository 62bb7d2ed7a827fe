using CorsKit.AspNetCore.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CorsKit.AspNetCore.Tests.Endpoints;

public sealed class ConventionBuilderTests
{
    // Written before IEndpointConventionBuilder.Finally existed, as YARP's route builder is: the interface's default
    // Finally throws NotImplementedException.
    private sealed class ConventionsOnlyBuilder : IEndpointConventionBuilder
    {
        public List<Action<EndpointBuilder>> Conventions { get; } = [];

        public void Add(Action<EndpointBuilder> convention) => Conventions.Add(convention);
    }

    [Theory]
    [InlineData("partners")]
    [InlineData("disable")]
    public void A_builder_without_Finally_gets_the_metadata_and_accepts_preflights(string convention)
    {
        var builder = new ConventionsOnlyBuilder();
        _ = convention == "disable" ? builder.DisableCorsKit() : builder.RequireCorsKit(convention);
        var endpointBuilder = new RouteEndpointBuilder(_ => Task.CompletedTask, RoutePatternFactory.Parse("/"), order: 0);
        endpointBuilder.Metadata.Add(new HttpMethodMetadata(["GET"]));

        foreach (var apply in builder.Conventions)
        {
            apply(endpointBuilder);
        }

        var endpoint = endpointBuilder.Build();
        var metadata = endpoint.Metadata.GetMetadata<ICorsKitMetadata>();
        Assert.Equal(convention == "disable" ? null : convention, (metadata as ICorsKitPolicyMetadata)?.PolicyName);
        Assert.Equal(convention == "disable", metadata is IDisableCorsKitMetadata);
        Assert.True(endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.AcceptCorsPreflight);
    }
}
