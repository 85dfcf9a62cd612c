using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Application.Contracts;

/// <summary>The contract template library as the use cases see it (templates/ in Infrastructure).</summary>
public interface ITemplateCatalog
{
    ContractTemplate? Find(string templateId);
}
