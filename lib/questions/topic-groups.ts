// The four areas a learner studies, as the home page and quiz picker name them.
import type { Topic } from "./schema";

export type TopicGroup = { id: TopicGroupId; title: string; blurb: string; topics: readonly Topic[] };
export const TOPIC_GROUP_IDS = ["backing", "summits", "sochi-deal", "figures-people"] as const;
export type TopicGroupId = (typeof TOPIC_GROUP_IDS)[number];

export const TOPIC_GROUPS: readonly TopicGroup[] = [
  {
    id: "backing",
    title: "Who backs whom",
    blurb: "The sides in Syria's war and who supports them.",
    topics: ["backing"],
  },
  {
    id: "summits",
    title: "The summits",
    blurb: "When and where the leaders met, and what happened around it.",
    topics: ["summit", "event"],
  },
  {
    id: "sochi-deal",
    title: "The Sochi deal",
    blurb: "What the September 2018 agreement required, of whom, by when.",
    topics: ["sochi-deal"],
  },
  {
    id: "figures-people",
    title: "Figures and people",
    blurb: "The numbers the articles report and who holds which office.",
    topics: ["figure", "people"],
  },
];

export function topicGroupOf(topic: Topic): TopicGroup | undefined {
  return TOPIC_GROUPS.find((g) => g.topics.includes(topic));
}
