//! Paginators: [`Pages`], a `Stream` of a paged list endpoint's responses fetched one page at a
//! time, and [`Items`], the same flattened into the listed items. One generic runtime type each;
//! a paged endpoint's generated `.pages()` and `.items()` only say how to fetch page `n` and
//! where the list and its total are. No endpoint-specific code lives here.

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use crate::{Error, ResponseFuture};

/// Fetches page `page` (1-based) of `limit` items.
type Fetch<P> = Box<dyn FnMut(i64, i64) -> ResponseFuture<P> + Send>;

/// A page's item count and the listing's total, when the server gave one.
type Measure<P> = fn(&P) -> (usize, Option<i64>);

/// With no total to go by, the most pages a paginator fetches (1,000,000 items at 100 a page).
pub const DEFAULT_MAX_PAGES: u32 = 10_000;

/// The pages of a paged list, fetched lazily, one at a time, with the request's other
/// parameters kept. With a `totalCount` it ends at the page that reaches the total (a server
/// that caps the page size below the one asked for is paged on); without one, after a page
/// shorter than the page size; always after an empty page. An error (after the client's own
/// retries) ends it with that error. A server that keeps answering pages past what the total
/// can hold (or past [`max_pages`](Self::max_pages) without a total) ends it with
/// [`Error::Pagination`].
///
/// [`next`](Self::next) needs no import; as a `Stream` it has every adapter of `futures`'
/// `StreamExt` and `TryStreamExt`.
///
/// ```no_run
/// # async fn run(client: authing::ManagementClient) -> Result<(), authing::Error> {
/// let mut pages = client.list_applications().page_size(50).pages();
/// while let Some(page) = pages.next().await {
///     let page = page?;
///     println!("{} of {:?}", page.list.len(), page.total_count);
/// }
/// # Ok(())
/// # }
/// ```
#[must_use = "a stream does nothing until it is polled"]
pub struct Pages<P> {
    fetch: Fetch<P>,
    measure: Measure<P>,
    route: (&'static str, &'static str),
    next_page: i64,
    limit: i64,
    fetched: u32,
    max_pages: u32,
    seen: i64,
    /// The fewest items a non-empty page held (a server may cap the page size).
    smallest: i64,
    in_flight: Option<ResponseFuture<P>>,
    done: bool,
}

impl<P> Pages<P> {
    /// Pages from `first_page` on, `limit` items each (at least 1).
    pub(crate) fn new(
        route: (&'static str, &'static str),
        first_page: i64,
        limit: i64,
        fetch: Fetch<P>,
        measure: Measure<P>,
    ) -> Self {
        Pages {
            fetch,
            measure,
            route,
            next_page: first_page.max(1),
            limit: limit.max(1),
            fetched: 0,
            max_pages: DEFAULT_MAX_PAGES,
            seen: 0,
            smallest: limit.max(1),
            in_flight: None,
            done: false,
        }
    }

    /// The most pages to fetch when the server gives no total ([`DEFAULT_MAX_PAGES`] unless
    /// set); past it, the stream ends with [`Error::Pagination`].
    pub fn max_pages(mut self, pages: u32) -> Self {
        self.max_pages = pages.max(1);
        self
    }

    /// The next page, fetched now; `None` once the listing has ended (the same as
    /// `StreamExt::next`, without the import).
    pub async fn next(&mut self) -> Option<Result<P, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Whether the stream has ended after a page of `count` items: the total reached when
    /// there is one (short pages are a capped page size then), else a short page.
    fn ends_after(&mut self, count: usize, total: Option<i64>) -> bool {
        let count = count as i64;
        self.seen += count;
        if count > 0 {
            self.smallest = self.smallest.min(count);
        }
        match total {
            _ if count == 0 => true,
            Some(total) => self.seen >= total,
            None => count < self.limit,
        }
    }

    /// The guard: the most pages this listing can have at the smallest page size seen, one
    /// more for a total that grew while paging ([`max_pages`](Self::max_pages) without a
    /// total).
    fn page_budget(&self, total: Option<i64>) -> u32 {
        match total {
            Some(t) if t >= 0 => {
                let pages = (t + self.smallest - 1) / self.smallest + 1;
                u32::try_from(pages).unwrap_or(u32::MAX)
            }
            _ => self.max_pages,
        }
    }
}

impl<P> Stream for Pages<P> {
    type Item = Result<P, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.done {
            return Poll::Ready(None);
        }
        let call = this.in_flight.get_or_insert_with(|| {
            let page = (this.fetch)(this.next_page, this.limit);
            this.next_page += 1;
            this.fetched += 1;
            page
        });
        let result = match Pin::new(call).poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(result) => result,
        };
        this.in_flight = None;
        match result {
            Err(error) => {
                this.done = true;
                Poll::Ready(Some(Err(error)))
            }
            Ok(page) => {
                let (count, total) = (this.measure)(&page);
                if this.ends_after(count, total) {
                    this.done = true;
                    if count == 0 {
                        return Poll::Ready(None);
                    }
                } else if this.fetched >= this.page_budget(total) {
                    this.done = true;
                    let (method, path) = this.route;
                    return Poll::Ready(Some(Err(Error::Pagination {
                        method,
                        path,
                        pages: this.fetched,
                    })));
                }
                Poll::Ready(Some(Ok(page)))
            }
        }
    }
}

impl<P> fmt::Debug for Pages<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("path", &self.route.1)
            .field("next_page", &self.next_page)
            .field("limit", &self.limit)
            .field("done", &self.done)
            .finish()
    }
}

/// The items of a paged list, one at a time: [`Pages`] with each page's list flattened.
/// [`next`](Self::next) needs no import; as a `Stream` it has every adapter of `futures`'
/// `StreamExt` and `TryStreamExt`:
///
/// ```no_run
/// # async fn run(client: authing::ManagementClient) -> Result<(), authing::Error> {
/// let mut users = client.list_users().page_size(50).items();
/// while let Some(user) = users.next().await {
///     println!("{}", user?.user_id);
/// }
/// # Ok(())
/// # }
/// ```
///
/// ```no_run
/// # async fn run(client: authing::ManagementClient) -> Result<(), authing::Error> {
/// use futures_util::TryStreamExt;
///
/// let users: Vec<_> = client.list_users().page_size(50).items().try_collect().await?;
/// # Ok(())
/// # }
/// ```
#[must_use = "a stream does nothing until it is polled"]
pub struct Items<P, T> {
    pages: Pages<P>,
    list: fn(P) -> Vec<T>,
    buffer: VecDeque<T>,
}

impl<P, T> Items<P, T> {
    pub(crate) fn new(pages: Pages<P>, list: fn(P) -> Vec<T>) -> Self {
        Items {
            pages,
            list,
            buffer: VecDeque::new(),
        }
    }

    /// See [`Pages::max_pages`].
    pub fn max_pages(mut self, pages: u32) -> Self {
        self.pages = self.pages.max_pages(pages);
        self
    }

    /// The next item, its page fetched when the ones before are used up; `None` once the
    /// listing has ended (the same as `StreamExt::next`, without the import).
    pub async fn next(&mut self) -> Option<Result<T, Error>>
    where
        T: Unpin,
    {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl<P, T> Stream for Items<P, T>
where
    T: Unpin,
{
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(Some(Ok(page))) => this.buffer.extend((this.list)(page)),
            }
        }
    }
}

impl<P, T> fmt::Debug for Items<P, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .finish()
    }
}
