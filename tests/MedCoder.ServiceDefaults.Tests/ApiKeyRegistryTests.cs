using MedCoder.ServiceDefaults.Security;

namespace MedCoder.ServiceDefaults.Tests;

public sealed class ApiKeyRegistryTests
{
    [Fact]
    public void Without_configuration_the_demo_keys_apply()
    {
        var registry = ApiKeyRegistry.FromEnvironment(_ => null);

        Assert.True(registry.UsesDemoKeys);
        Assert.Equal(new ApiKeyGrant(registry.Find("demo-payer-key")!.KeyId, Roles.Payer, "acme-health"), registry.Find("demo-payer-key"));
        Assert.Null(registry.Find("nope"));
    }

    [Fact]
    public void Configured_keys_replace_the_demo_keys_and_hide_the_secret()
    {
        var registry = ApiKeyRegistry.FromEnvironment(_ => "s3cret-1:hospital:org-a; s3cret-2:ops:*");

        Assert.False(registry.UsesDemoKeys);
        Assert.Null(registry.Find("demo-hospital-key"));
        var grant = registry.Find("s3cret-1")!;
        Assert.Equal((Roles.Hospital, "org-a"), (grant.Role, grant.Organization));
        Assert.DoesNotContain("s3cret", grant.KeyId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("key-only")]
    [InlineData("k:superuser:org")]
    [InlineData("k:hospital:")]
    [InlineData("k:hospital:org-a,org-b")]
    [InlineData("k:payer:acme,blue")]
    [InlineData("k:coder:org-a,")]
    [InlineData("k:coder:org-a,*")]
    public void Malformed_entries_fail_without_echoing_the_key(string specification)
    {
        var error = Assert.Throws<FormatException>(() => new ApiKeyRegistry(specification));

        Assert.DoesNotContain(specification, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hospital", "org-a", "org-a", true)]
    [InlineData("hospital", "org-a", "org-b", false)]
    [InlineData("ops", "*", "org-b", true)]
    [InlineData("coder", "org-a,org-b", "org-b", true)]
    [InlineData("coder", "org-a,org-b", "org-c", false)]
    [InlineData("coder", "org-a,org-b", "org-a,org-b", false)]
    public void Callers_see_their_own_organization_or_all(string role, string organization, string target, bool visible) =>
        Assert.Equal(visible, new Caller("id", role, organization).CanAccess(target));

    [Fact]
    public void A_coder_may_be_granted_several_organizations()
    {
        var grant = new ApiKeyRegistry("c0der:coder: org-a , org-b").Find("c0der")!;

        Assert.Equal("org-a,org-b", grant.Organization);
        Assert.False(new Caller(grant.KeyId, grant.Role, grant.Organization).HasOneOrganization);
    }
}
