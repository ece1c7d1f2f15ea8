import { PostList } from "@/components/post/post-list";
import { getLatestPosts } from "@/lib/data/posts";
import { t } from "@/lib/i18n/messages";
import { siteConfig } from "@/lib/site-config";

export default async function HomePage() {
  const posts = await getLatestPosts(1);
  return <PostList title={`${siteConfig.name}: ${t.latestPosts}`} titleHidden posts={posts} basePath="/" />;
}
