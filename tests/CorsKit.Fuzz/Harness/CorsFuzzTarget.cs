using CorsKit.Evaluation;

namespace CorsKit.Fuzz.Harness;

/// <summary>
/// The fuzz target: one input, every fixed policy, every request shape the three header values can make. Throws
/// (an <see cref="InvariantViolationException"/> or the engine's own exception) when something is wrong; returns how
/// many decisions it checked.
/// </summary>
internal static class CorsFuzzTarget
{
    public static int Run(ReadOnlySpan<byte> bytes)
    {
        var checkedDecisions = 0;
        foreach (var input in FuzzInput.Decode(bytes))
        {
            foreach (var policy in FuzzPolicy.All)
            {
                foreach (var request in RequestsFor(input))
                {
                    var decision = policy.Policy.Evaluate(request);
                    DecisionInvariants.Check(policy, request, decision);
                    checkedDecisions++;
                    if (decision.Kind != CorsRequestKind.Preflight)
                    {
                        var actual = policy.Policy.EvaluateActual(request.Origin, request.OriginCount);
                        DecisionInvariants.Check(policy, request, actual);
                        DecisionInvariants.CheckSameAnswer(policy, request, decision, actual);
                    }
                }
            }
        }

        return checkedDecisions;
    }

    private static CorsRequest[] RequestsFor(FuzzInput input) =>
    [
        new("GET", input.Origin),
        new("OPTIONS", input.Origin, input.RequestMethod, input.RequestHeaders),
        new("OPTIONS", input.Origin, input.RequestMethod ?? "PUT", input.RequestHeaders, OriginCount: 2),
        new("POST", input.Origin, input.RequestMethod, input.RequestHeaders),
    ];
}
