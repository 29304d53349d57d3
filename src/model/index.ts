/**
 * model/ owns everything that talks to an OpenAI-compatible model server: the chat model
 * and embeddings (LangChain's ChatOpenAI / OpenAIEmbeddings), generated answers with the
 * citation check and the extractive fallback, follow-up rewriting (with an offline rule),
 * structured profile extraction, the prompt files in prompts/, and the endpoint check for
 * `matchcut doctor`. Nothing here reads the environment: every setting comes from ModelConfig.
 */
export { createChatModel, type ChatModelOptions } from './chat-model.js';
export { createModelEmbeddings, modelEmbeddingsId, type ModelEmbeddings } from './model-embeddings.js';
export {
  createAnswerGenerator,
  type AnswerGenerator,
  type AnswerGeneratorDeps,
  type GenerateAnswerInput,
} from './answer-generator.js';
export { createQueryRewriter, type QueryRewriter, type QueryRewriterDeps } from './query-rewriter.js';
export { looksLikeFollowUp, rewriteFollowUpOffline } from './follow-up-rule.js';
export {
  defaultPromptsDir,
  extractProfiles,
  extractedProfileToInput,
  validateExtraction,
  type ExtractedProfile,
  type ExtractionRejection,
  type ExtractionResult,
  type ExtractProfilesInput,
} from './profile-extraction.js';
export { checkModelEndpoint, type EndpointCheck } from './endpoint-check.js';
export { checkCitations, type CitationCheckResult } from './citation-check.js';
export { loadPromptTemplate, loadPromptTemplates, promptSpecifications, type PromptTemplate } from './prompt-files.js';
