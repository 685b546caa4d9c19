using YamlDotNet.RepresentationModel;
using static DealBot.Deploy.Tests.Manifests.Kubernetes;

namespace DealBot.Deploy.Tests.Manifests;

public sealed class ManifestTest
{
    public static TheoryData<string> YamlFiles() => new(Directory
        .EnumerateFiles(Repository.Deploy, "*.*", SearchOption.AllDirectories)
        .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
        .Select(f => Path.GetRelativePath(Repository.Root, f))
        .Order());

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void YamlFile_Parses(string file)
    {
        var documents = Yaml.Documents(Repository.File(file));

        Assert.NotEmpty(documents);
    }

    [Fact]
    public void Objects_AreTheExpectedSet_AllNamedInTheNamespace()
    {
        Assert.Equal(
            [
                "ConfigMap/dealbot-config", "ConfigMap/dealbot-discord-config", "Deployment/dealbot-slack",
                "HorizontalPodAutoscaler/dealbot-slack", "Namespace/dealbot", "PodDisruptionBudget/dealbot-discord",
                "PodDisruptionBudget/dealbot-slack", "Secret/dealbot-secrets", "Service/dealbot-discord", "Service/dealbot-redis",
                "Service/dealbot-slack", "StatefulSet/dealbot-discord", "StatefulSet/dealbot-redis",
            ],
            Objects.Select(o => $"{o.Text("kind")}/{Name(o)}").Order(StringComparer.Ordinal));
        Assert.All(Objects.Where(o => o.Text("kind") != "Namespace"), o => Assert.Equal("dealbot", o.Text("metadata", "namespace")));
        Assert.All(Objects, o => Assert.False(string.IsNullOrEmpty(o.Text("apiVersion")), $"{Name(o)} has no apiVersion"));
    }

    [Fact]
    public void BotContainers_ProbeHealthzForLivenessAndReadyzForReadiness()
    {
        Assert.Equal(["dealbot-discord", "dealbot-slack"], BotWorkloads.Select(Name).Order());
        foreach (var workload in BotWorkloads)
        {
            var bot = Bot(workload);
            Assert.Equal("/healthz", bot.Text("livenessProbe", "httpGet", "path"));
            Assert.Equal("/healthz", bot.Text("startupProbe", "httpGet", "path"));
            Assert.Equal("/readyz", bot.Text("readinessProbe", "httpGet", "path"));
            Assert.All(new[] { "livenessProbe", "readinessProbe", "startupProbe" }, probe => Assert.Equal("http", bot.Text(probe, "httpGet", "port")));
            Assert.Contains(bot.Seq("ports"), p => p.Text("name") == "http" && p.Text("containerPort") == "8080");
        }
    }

    [Fact]
    public void EveryContainer_HasProbesAndRequestsCpuAndMemory_WithAMemoryLimitAboveTheRequest()
    {
        foreach (var container in Workloads.SelectMany(Containers))
        {
            var name = container.Text("name");
            Assert.True(container.Find("livenessProbe") is not null && container.Find("readinessProbe") is not null, $"{name}: probes");
            Assert.True(Quantity(container.Text("resources", "requests", "cpu")) > 0, $"{name}: cpu request");
            var request = Quantity(container.Text("resources", "requests", "memory"));
            var limit = Quantity(container.Text("resources", "limits", "memory"));
            Assert.True(request > 0 && limit >= request, $"{name}: memory request {request} and limit {limit}");
        }
    }

    [Fact]
    public void EveryPod_RunsAsNonRootWithAReadOnlyRootFileSystemAndNoPrivileges()
    {
        foreach (var workload in Workloads)
        {
            var pod = workload.Map("spec", "template", "spec");
            Assert.Equal("true", pod.Text("securityContext", "runAsNonRoot"));
            Assert.True(int.Parse(pod.Text("securityContext", "runAsUser")!) > 0, $"{Name(workload)}: runAsUser");
            Assert.Equal("RuntimeDefault", pod.Text("securityContext", "seccompProfile", "type"));
            foreach (var container in Containers(workload))
            {
                Assert.Equal("true", container.Text("securityContext", "readOnlyRootFilesystem"));
                Assert.Equal("false", container.Text("securityContext", "allowPrivilegeEscalation"));
                Assert.Equal(["ALL"], container.Seq("securityContext", "capabilities", "drop").Select(c => ((YamlScalarNode)c).Value));
            }
        }
    }

    [Fact]
    public void BotPods_MountAWritableTmp_AndStopWithinTheirGracePeriod()
    {
        foreach (var workload in BotWorkloads)
        {
            Assert.Contains(Bot(workload).Seq("volumeMounts"), m => m.Text("mountPath") == "/tmp");
            Assert.Equal("15", workload.Text("spec", "template", "spec", "terminationGracePeriodSeconds"));
        }
    }

    [Fact]
    public void SlackPods_RunHttpMode_WithOnlySlackAndRedisSecrets()
    {
        var environment = Environment(Named("Deployment", "dealbot-slack"));

        Assert.Contains("Slack__SigningSecret", environment.Keys);
        Assert.Contains("Redis__Configuration", environment.Keys);
        Assert.DoesNotContain("Slack__AppToken", environment.Keys);
        Assert.DoesNotContain(environment.Keys, k => k.StartsWith("Discord__", StringComparison.Ordinal));
    }

    [Fact]
    public void DiscordPods_GetTheDiscordTokenAndNoSlackSecret()
    {
        var environment = Environment(Named("StatefulSet", "dealbot-discord"));

        Assert.Contains("Discord__Token", environment.Keys);
        Assert.Contains("Redis__Configuration", environment.Keys);
        Assert.DoesNotContain(environment.Keys, k => k.StartsWith("Slack__", StringComparison.Ordinal));
    }

    [Fact]
    public void EverySecretReference_NamesAKeyOfTheSecretTemplate()
    {
        var secret = Named("Secret", "dealbot-secrets").Map("stringData").Strings();
        var references = BotWorkloads.SelectMany(w => Bot(w).Seq("env"))
            .Select(e => e.Find("valueFrom", "secretKeyRef"))
            .OfType<YamlMappingNode>()
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Equal("dealbot-secrets", r.Text("name")));
        Assert.All(references, r => Assert.Contains(r.Text("key")!, secret.Keys));
    }

    [Fact]
    public void SecretTemplate_HoldsNoSecretValue()
    {
        var secret = Named("Secret", "dealbot-secrets").Map("stringData").Strings();

        Assert.All(secret.Where(s => s.Key != "Redis__Configuration"), s => Assert.True(s.Value.Length == 0, $"{s.Key} has a value"));
        Assert.DoesNotContain("password", secret["Redis__Configuration"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ServicesAndDisruptionBudgets_SelectTheirWorkloadsPods()
    {
        foreach (var selecting in OfKind("Service").Select(s => (Name(s), s.Map("spec", "selector")))
                     .Concat(OfKind("PodDisruptionBudget").Select(p => (Name(p), p.Map("spec", "selector", "matchLabels")))))
        {
            var (name, selector) = selecting;
            var matches = Workloads.Where(w => selector.Strings().All(l => w.Map("spec", "template", "metadata", "labels").Strings().GetValueOrDefault(l.Key) == l.Value));
            Assert.True(matches.Count() == 1, $"{name} selects {matches.Count()} workloads");
        }
    }

    [Fact]
    public void Autoscaler_ScalesTheSlackDeployment_FromAtLeastTwoReplicas()
    {
        var hpa = Named("HorizontalPodAutoscaler", "dealbot-slack");

        Assert.Equal("Deployment", hpa.Text("spec", "scaleTargetRef", "kind"));
        Assert.Equal("dealbot-slack", hpa.Text("spec", "scaleTargetRef", "name"));
        Assert.True(int.Parse(hpa.Text("spec", "minReplicas")!) >= 2);
        Assert.True(int.Parse(hpa.Text("spec", "maxReplicas")!) > int.Parse(hpa.Text("spec", "minReplicas")!));
        Assert.Equal("1", Named("PodDisruptionBudget", "dealbot-slack").Text("spec", "minAvailable"));
    }

    /// <summary>A Kubernetes quantity ("100m", "160Mi", "1") as a number of cores or bytes.</summary>
    private static double Quantity(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        foreach (var (suffix, factor) in new[] { ("Gi", 1024.0 * 1024 * 1024), ("Mi", 1024.0 * 1024), ("Ki", 1024.0), ("m", 0.001) })
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return double.Parse(text[..^suffix.Length], System.Globalization.CultureInfo.InvariantCulture) * factor;
            }
        }

        return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }
}
