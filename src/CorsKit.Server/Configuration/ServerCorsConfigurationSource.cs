using CorsKit.Configuration.Environment;
using Microsoft.Extensions.Primitives;

namespace CorsKit.Server.Configuration;

/// <summary>
/// A configuration whose only section is the effective <c>Cors</c> section of <see cref="CorsEnvironmentMapping"/>,
/// recomputed whenever the underlying configuration reloads (appsettings.json or .env edited), so the middleware's
/// hot reload follows the server's variables too.
/// </summary>
internal sealed class ServerCorsConfigurationSource(IConfiguration root) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(root);

    private sealed class Provider : ConfigurationProvider, IDisposable
    {
        private readonly IConfiguration _root;
        private readonly IDisposable _subscription;

        public Provider(IConfiguration root)
        {
            _root = root;
            _subscription = ChangeToken.OnChange(root.GetReloadToken, () =>
            {
                Load();
                OnReload();
            });
        }

        public override void Load() => Data = new Dictionary<string, string?>(CorsEnvironmentMapping.Map(_root).Values, StringComparer.OrdinalIgnoreCase);

        public void Dispose() => _subscription.Dispose();
    }
}
