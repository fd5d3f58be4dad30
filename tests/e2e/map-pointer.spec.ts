// The hover card follows the pointer on a still map only: it goes when the map moves or the pointer leaves it.
import { expect, test } from './fixtures';

test('the hover card goes when the map is zoomed with the wheel, and comes back on the next hover', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  await mapPage.hover('63.03');
  await expect(mapPage.tooltip).toBeVisible();
  await page.mouse.wheel(0, -300);
  await expect(mapPage.tooltip).toBeHidden();
  await mapPage.settled();
  await mapPage.hover('63.03');
  await expect(mapPage.tooltip).toContainText('Kabupaten Banjar');
});

test('the hover card goes while the map is dragged', async ({ mapPage, page }) => {
  await mapPage.open();
  const { x, y } = await mapPage.pointOf('63.03');
  await mapPage.hover('63.03');
  await expect(mapPage.tooltip).toBeVisible();
  await page.mouse.down();
  await page.mouse.move(x + 120, y + 60, { steps: 8 });
  await expect(mapPage.tooltip).toBeHidden();
  await page.mouse.up();
});

test('the hover card goes when the map flies to a region chosen in search', async ({ mapPage }) => {
  await mapPage.open();
  await mapPage.hover('63.03');
  await expect(mapPage.tooltip).toBeVisible();
  // The keyboard moves the map while the pointer stays where it was.
  await mapPage.search.focus();
  await mapPage.search.fill('jawa barat');
  await mapPage.search.press('Enter');
  await expect(mapPage.regionPanel.getByRole('heading', { name: 'Jawa Barat' })).toBeVisible();
  await expect(mapPage.tooltip).toBeHidden();
});

test('the hover card goes when the pointer leaves the map', async ({ mapPage, page }) => {
  await mapPage.open();
  await mapPage.hover('63.03');
  await expect(mapPage.tooltip).toBeVisible();
  const header = (await page.getByRole('banner').boundingBox())!;
  await page.mouse.move(header.x + header.width / 2, header.y + header.height / 2, { steps: 3 });
  await expect(mapPage.tooltip).toBeHidden();
});
