using MedCoder.CodeSets.Library;

namespace MedCoder.CodeSets.Tests.Library;

public sealed class CodeSetLocationsTests
{
    [Fact]
    public void Unset_settings_load_the_shipped_folder_with_the_default_cache()
    {
        var locations = CodeSetLocations.FromEnvironment(_ => null);

        Assert.Equal(CodeSetLocations.Shipped, locations);
        Assert.Equal([CodeSetLocations.ShippedRoot], locations.Roots);
        Assert.Equal(CodeSetLocations.Shipped, CodeSetLocations.FromEnvironment(_ => string.Empty));
    }

    [Fact]
    public void An_installed_folder_loads_after_the_shipped_one()
    {
        var installed = Directory.CreateTempSubdirectory("codesets-installed-");
        try
        {
            var settings = new Dictionary<string, string>
            {
                [CodeSetLocations.DirectoryVariable] = installed.FullName,
                [CodeSetLocations.CacheVariable] = "/var/cache/medcoder",
            };

            var locations = CodeSetLocations.FromEnvironment(settings.GetValueOrDefault);

            Assert.Equal([CodeSetLocations.ShippedRoot, installed.FullName], locations.Roots);
            Assert.Equal("/var/cache/medcoder", locations.CacheDirectory);
        }
        finally
        {
            installed.Delete();
        }
    }

    [Fact]
    public void An_installed_folder_that_does_not_exist_is_refused_naming_the_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), "codesets-missing-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<InvalidOperationException>(() =>
            CodeSetLocations.FromEnvironment(name => name == CodeSetLocations.DirectoryVariable ? missing : null));

        Assert.Contains(CodeSetLocations.DirectoryVariable, error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
