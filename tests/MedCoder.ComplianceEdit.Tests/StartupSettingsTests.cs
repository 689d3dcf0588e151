using MedCoder.CodeSets.Library;
using MedCoder.ServiceDefaults;

namespace MedCoder.ComplianceEdit.Tests;

public sealed class StartupSettingsTests
{
    [Fact]
    public async Task A_missing_installed_code_set_folder_stops_the_start_naming_the_setting()
    {
        var data = Directory.CreateTempSubdirectory("compliance-edit-start-");
        var missing = Path.Combine(data.FullName, "not-installed");
        try
        {
            await using var app = ServiceHost.Build(
                [$"--{CodeSetLocations.DirectoryVariable}={missing}", $"--MEDCODER_DATA_DIR={data.FullName}", "--MEDCODER_RABBITMQ_URL=", "--urls=http://127.0.0.1:0"],
                ComplianceEditModule.Name, s => s.AddComplianceEdit(), bus => bus.AddComplianceEditConsumers(), app => app.MapComplianceEdit());

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

            Assert.Contains(CodeSetLocations.DirectoryVariable, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Delete(recursive: true);
        }
    }
}
