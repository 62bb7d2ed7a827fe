using Microsoft.AspNetCore.Http.Features;

namespace CorsKit.Benchmarks.Hosting;

/// <summary>
/// A response feature that, like a real server, keeps <c>OnStarting</c> callbacks and runs them when the response
/// starts. <see cref="HttpResponseFeature"/> ignores them, which would hide the cost (and the header writes) of
/// both middlewares on actual requests. The callback slots are reused, so the harness itself allocates nothing.
/// </summary>
internal sealed class StartableResponseFeature : HttpResponseFeature
{
    private readonly Func<object, Task>[] _callbacks = new Func<object, Task>[4];
    private readonly object[] _states = new object[4];
    private int _count;
    private bool _started;

    public override bool HasStarted => _started;

    public override void OnStarting(Func<object, Task> callback, object state)
    {
        if (_started)
        {
            throw new InvalidOperationException("OnStarting after the response started.");
        }

        if (_count == _callbacks.Length)
        {
            throw new InvalidOperationException("More OnStarting callbacks than this harness holds; raise its capacity.");
        }

        _callbacks[_count] = callback;
        _states[_count] = state;
        _count++;
    }

    public override void OnCompleted(Func<object, Task> callback, object state) =>
        throw new NotSupportedException("Neither middleware under test registers OnCompleted; the harness does not run it.");

    /// <summary>Runs the callbacks in reverse registration order, as Kestrel does, then marks the response started.</summary>
    public void Start()
    {
        for (var i = _count - 1; i >= 0; i--)
        {
            var task = _callbacks[i](_states[i]);
            if (!task.IsCompletedSuccessfully)
            {
                task.GetAwaiter().GetResult();
            }
        }

        _started = true;
    }

    /// <summary>Returns the response to its state before the request: 200, no headers, no callbacks, not started.</summary>
    public void Reset()
    {
        StatusCode = 200;
        ReasonPhrase = null;
        Headers.Clear();
        Array.Clear(_callbacks, 0, _count);
        Array.Clear(_states, 0, _count);
        _count = 0;
        _started = false;
    }
}
