using CorsKit.Configuration.Environment;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace CorsKit.Server.Configuration;

/// <summary>
/// A configuration whose only section is the effective <c>Cors</c> section of <see cref="CorsEnvironmentMapping"/>,
/// recomputed whenever the underlying configuration reloads (appsettings.json or .env edited) or the origins file
/// changes, so the middleware's hot reload follows the server's variables too. An origins file that cannot be read
/// changes nothing: the previous section stays, and the server says so.
/// </summary>
internal sealed class ServerCorsConfigurationSource(IConfiguration root) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(root);

    private sealed class Provider : ConfigurationProvider, IDisposable
    {
        private readonly IConfiguration _root;
        private readonly IDisposable _subscription;
        private readonly PhysicalFileProvider? _originsFolder;
        private readonly IDisposable? _originsSubscription;

        public Provider(IConfiguration root)
        {
            _root = root;
            _subscription = ChangeToken.OnChange(root.GetReloadToken, Reload);

            // The file named at start is watched; a .env edit that names another file is read on that reload.
            if (root[CorsEnvironmentVariables.OriginsFile] is { Length: > 0 } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder && Directory.Exists(folder))
            {
                _originsFolder = new PhysicalFileProvider(folder);
                var name = Path.GetFileName(file);
                _originsSubscription = ChangeToken.OnChange(() => _originsFolder.Watch(name), Reload);
            }
        }

        public override void Load()
        {
            var mapped = CorsEnvironmentMapping.Map(_root);
            if (mapped.Problems.Count > 0 && Data.Count > 0)
            {
                RejectedReload.Report(mapped.OriginsFile ?? CorsEnvironmentVariables.OriginsFile, string.Join(" ", mapped.Problems));
                return;
            }

            Data = new Dictionary<string, string?>(mapped.Values, StringComparer.OrdinalIgnoreCase);
        }

        public void Dispose()
        {
            _subscription.Dispose();
            _originsSubscription?.Dispose();
            _originsFolder?.Dispose();
        }

        private void Reload()
        {
            Load();
            OnReload();
        }
    }
}
